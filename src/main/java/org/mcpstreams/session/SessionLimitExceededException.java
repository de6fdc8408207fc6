package org.mcpstreams.session;

import java.time.Duration;

/** Thrown when an {@code initialize} would exceed the maximum of live sessions. */
public final class SessionLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public SessionLimitExceededException(int limit, Duration retryAfter) {
        super("Too many sessions (limit " + limit + "); retry later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
