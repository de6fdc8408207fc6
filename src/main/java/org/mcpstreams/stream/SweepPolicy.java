package org.mcpstreams.stream;

import java.util.OptionalLong;
import org.mcpstreams.config.StreamLimits;

/**
 * The sweep's rules, read from the limits: when a stream expires (idle while live, past the
 * resume window while detached, past its retention once its final event is written), when a
 * polled connection is closed for its age, when a quiet connection gets a keep-alive comment,
 * and how long a session without streams is remembered. It holds no state of its own; the
 * registry applies it to its streams and sessions at each sweep.
 */
final class SweepPolicy {

    private final long idleMillis;
    private final long resumeWindowMillis;
    private final long retentionMillis;
    private final long maxAgeMillis;
    private final long keepAliveMillis;
    private final long sessionIdleMillis;
    private final long writeTimeoutMillis;

    SweepPolicy(StreamLimits limits) {
        this.idleMillis = limits.idleTimeout().toMillis();
        this.resumeWindowMillis = limits.resumeWindow().toMillis();
        this.retentionMillis = limits.completedRetention().toMillis();
        this.maxAgeMillis = limits.maxConnectionAge().toMillis();
        this.keepAliveMillis = limits.keepAlive().toMillis();
        this.writeTimeoutMillis = limits.writeTimeout().toMillis();
        // without an idle timeout, a session's empty slot is forgotten once a resume could no longer come
        this.sessionIdleMillis = limits.idleTimeout().isZero() ? resumeWindowMillis : idleMillis;
    }

    /**
     * Whether a stream has expired at {@code nowMillis}: a live one idle past the idle timeout, a
     * detached one idle as long or past the resume window, one whose final event was written
     * past its retention counted from that first write, whatever resumed it since.
     *
     * @param activeAtMillis when the stream last recorded an event or got a connection
     * @param detachedAtMillis when it lost its connection or wrote its final event
     * @param endedAtMillis when its final event was first written; empty while it has none
     */
    boolean expired(StreamState state, long activeAtMillis, long detachedAtMillis, OptionalLong endedAtMillis,
            long nowMillis) {
        if (state != StreamState.CLOSED && endedAtMillis.isPresent()
                && nowMillis - endedAtMillis.getAsLong() >= retentionMillis) {
            return true;
        }
        boolean idleTooLong = idleMillis > 0 && nowMillis - activeAtMillis >= idleMillis;
        return switch (state) {
            case LIVE -> idleTooLong;
            case DETACHED -> idleTooLong || nowMillis - detachedAtMillis >= resumeWindowMillis;
            case ENDED -> nowMillis - detachedAtMillis >= retentionMillis;
            case CLOSED -> true;
        };
    }

    /**
     * Tends a stream's connection: closes one whose write has not finished within the write
     * timeout, or a polled one that reached the maximum age, else queues a keep-alive comment on
     * one that has been quiet for the keep-alive interval.
     *
     * @return true when the connection was closed for its age
     */
    boolean tend(SseStream stream, long nowMillis) {
        if (stream.closeIfWriteStalled(nowMillis, writeTimeoutMillis)) {
            return false;
        }
        if (maxAgeMillis > 0 && stream.closeIfOlderThan(nowMillis, maxAgeMillis)) {
            return true;
        }
        if (keepAliveMillis > 0) {
            stream.keepAlive(nowMillis, keepAliveMillis);
        }
        return false;
    }

    /** How long a session whose streams are all gone is remembered, for held messages and routing. */
    long sessionIdleMillis() {
        return sessionIdleMillis;
    }
}
