package org.mcpstreams.stream;

import java.util.List;

/**
 * One connection attached to a stream: its sink and how far it has been handed events. Its
 * fields are guarded by the lock of the stream it is attached to.
 */
final class Connection {

    final EventSink sink;
    final long attachedAtMillis;
    /** The sequence number of the last event handed to the sink. */
    long cursor;
    boolean priming;
    boolean keepAliveDue;
    /** Whether a drain is writing to this connection; at most one is. */
    boolean draining;
    long writtenAtMillis;

    Connection(EventSink sink, long cursor, boolean priming, long nowMillis) {
        this.sink = sink;
        this.cursor = cursor;
        this.priming = priming;
        this.writtenAtMillis = nowMillis;
        this.attachedAtMillis = nowMillis;
    }

    /** What is due now, handed over for writing; null when nothing is. */
    Batch takeBatch(String streamId, ReplayBuffer from, long retryMillis, long nowMillis) {
        List<StreamEvent> events = from.after(cursor);
        boolean prime = priming;
        long primeSeq = cursor;
        boolean comment = keepAliveDue && events.isEmpty() && !prime;
        if (events.isEmpty() && !prime && !comment) {
            return null;
        }
        priming = false;
        keepAliveDue = false;
        writtenAtMillis = nowMillis;
        if (!events.isEmpty()) {
            cursor = events.get(events.size() - 1).seq();
        }
        return new Batch(streamId, prime, primeSeq, retryMillis, comment, events);
    }
}
