package org.mcpstreams.stream;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One connection attached to a stream: its sink and how far it has been handed events. Its
 * fields are guarded by the lock of the stream it is attached to, but {@link #use}, which has
 * its own.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    final EventSink sink;
    final long attachedAtMillis;
    /** The sequence number of the last event handed to the sink. */
    long cursor;
    boolean priming;
    boolean keepAliveDue;
    /** Whether a drain is writing to this connection; at most one is. */
    boolean draining;
    /** Whether the server asked to close it (SSE polling), and what it must have been handed before. */
    boolean leaving;
    private long leaveAfterSeq;
    long writtenAtMillis;
    /** Whether a batch taken for writing has not finished yet, and since when. */
    boolean writing;
    long writeStartedAtMillis;
    /** The thread inside the sink, if any: guarded by its own monitor, not the stream's lock. */
    final SinkUse use = new SinkUse();

    Connection(EventSink sink, long cursor, boolean priming, long nowMillis) {
        this.sink = sink;
        this.cursor = cursor;
        this.priming = priming;
        this.writtenAtMillis = nowMillis;
        this.attachedAtMillis = nowMillis;
    }

    /** Asks the drain to close the connection once it is primed and was handed the events up to {@code seq}. */
    void leaveAfter(long seq) {
        leaving = true;
        leaveAfterSeq = seq;
    }

    /** Whether the drain closes the connection now, instead of writing more: it was asked to and has written enough. */
    boolean leaveDue() {
        return leaving && !priming && cursor >= leaveAfterSeq;
    }

    /** Has a drain see what is due: the connection for the caller to schedule a drain of, or null when one runs. */
    Connection wake() {
        if (draining) {
            return null;
        }
        draining = true;
        return this;
    }

    /** A batch was taken for writing. */
    void writeStarted(long nowMillis) {
        writing = true;
        writeStartedAtMillis = nowMillis;
    }

    /** Whether a write has been under way for {@code timeoutMillis} or more. */
    boolean writeStalled(long nowMillis, long timeoutMillis) {
        return writing && nowMillis - writeStartedAtMillis >= timeoutMillis;
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

    /** Ends {@code connection}, if there is one; a failure to close is logged, never thrown. */
    static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }
}
