package org.mcpstreams.stream;

import java.util.Objects;

/**
 * One message as recorded on a stream: its sequence number and the serialized JSON-RPC text.
 *
 * @param seq position on the stream, 1 or more (0 is the priming event, never recorded)
 * @param data the message text, as written after {@code data:}; never null
 * @param bytes the size of {@code data} in UTF-8, what the buffer's byte limit counts
 */
public record StreamEvent(long seq, String data, int bytes) {

    public StreamEvent {
        Objects.requireNonNull(data, "data");
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more: " + seq);
        }
    }

    /** The event {@code seq} of {@code data}, its size counted. */
    public StreamEvent(long seq, String data) {
        this(seq, data, utf8Length(data));
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
