package org.mcpstreams.stream;

/** The largest message a stream keeps whole: a larger one is refused, never kept past the bound. */
final class MessageBound {

    private final long maxBytes;
    private final RegistryStats stats;

    MessageBound(long maxBytes, RegistryStats stats) {
        this.maxBytes = maxBytes;
        this.stats = stats;
    }

    /** @throws MessageTooLargeException when the message's UTF-8 form is larger than a stream's buffer */
    void check(String message) {
        int bytes = StreamEvent.utf8Length(message);
        if (bytes > maxBytes) {
            stats.tooLarge();
            throw new MessageTooLargeException(bytes, maxBytes);
        }
    }
}
