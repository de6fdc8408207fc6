package org.mcpstreams.stream;

import java.time.Duration;

/**
 * Thrown when opening a stream would exceed the configured maximum of open streams: on this node,
 * or in the stream's session ({@link #perSession}).
 */
public final class StreamLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient Duration retryAfter;

    public StreamLimitExceededException(int limit, Duration retryAfter) {
        this("Too many open streams (limit " + limit + "); retry later", limit, retryAfter);
    }

    private StreamLimitExceededException(String message, int limit, Duration retryAfter) {
        super(message);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    /** The session of the stream already holds {@code limit} streams, none of them detached. */
    public static StreamLimitExceededException perSession(int limit, Duration retryAfter) {
        return new StreamLimitExceededException("Too many open streams in this session (limit " + limit
                + "); retry later", limit, retryAfter);
    }

    public int limit() {
        return limit;
    }

    /** How long the client is asked to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
