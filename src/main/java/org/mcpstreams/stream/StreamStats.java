package org.mcpstreams.stream;

/**
 * A snapshot of the registry's gauges and counters.
 *
 * @param open streams open now, live or detached (what the stream cap counts)
 * @param live streams with a connection attached now
 * @param sessions sessions with at least one stream or held message
 * @param opened streams opened since start
 * @param rejected opens refused because the stream cap was reached
 * @param resumed successful resumes with {@code Last-Event-ID}
 * @param replayGap events a resuming client asked for that were no longer retained
 * @param expired streams closed by idle timeout or the end of their resume window
 * @param slowConsumerClosed connections closed because they fell further behind than the buffer
 * @param writeFailed connections lost on a failed write
 * @param heldDropped messages for a session without streams dropped because its hold was full
 * @param polled connections closed at their maximum age for the client to resume (SSE polling)
 * @param endedDropped messages dropped because their session had ended
 * @param sessionRejected opens refused because their session held its share of streams, none detached
 * @param tooLarge messages refused because they were larger than a stream's buffer
 * @param writeTimedOut connections closed because a write to them did not finish in time
 */
public record StreamStats(int open, int live, int sessions, long opened, long rejected, long resumed,
        long replayGap, long expired, long slowConsumerClosed, long writeFailed, long heldDropped, long polled,
        long endedDropped, long sessionRejected, long tooLarge, long writeTimedOut) {
}
