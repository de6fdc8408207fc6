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
        // a char is at most 3 bytes of UTF-8: most messages fit without the count the buffer makes anyway
        if (message.length() * 3L <= maxBytes) {
            return;
        }
        int bytes = StreamEvent.utf8Length(message);
        if (bytes > maxBytes) {
            stats.tooLarge();
            throw new MessageTooLargeException(bytes, maxBytes);
        }
    }
}
