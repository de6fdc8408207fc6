package org.mcpstreams.stream;

import java.time.Duration;

/** Thrown when opening a stream would exceed the configured maximum of open streams. */
public final class StreamLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient Duration retryAfter;

    public StreamLimitExceededException(int limit, Duration retryAfter) {
        super("Too many open streams (limit " + limit + "); retry later");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public int limit() {
        return limit;
    }

    /** How long the client is asked to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
