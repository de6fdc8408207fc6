package org.mcpstreams.stream;

/**
 * A message larger than a stream's buffer may hold ({@code mcp.streams.buffer.max-bytes}): no
 * stream keeps it, and whoever sent it learns so at once.
 */
public class MessageTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MessageTooLargeException(long bytes, long maxBytes) {
        super("A message of " + bytes + " bytes exceeds the " + maxBytes
                + " bytes a stream keeps (mcp.streams.buffer.max-bytes)");
    }
}
