package org.mcpstreams.stream;

import java.util.concurrent.atomic.LongAdder;

/** The registry's running counts, for operators; cheap to update from any thread. */
final class RegistryStats {

    private final LongAdder opened = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder sessionRejected = new LongAdder();
    private final LongAdder resumed = new LongAdder();
    private final LongAdder replayGap = new LongAdder();
    private final LongAdder expired = new LongAdder();
    private final LongAdder slowConsumerClosed = new LongAdder();
    private final LongAdder writeFailed = new LongAdder();
    private final LongAdder heldDropped = new LongAdder();
    private final LongAdder endedDropped = new LongAdder();
    private final LongAdder tooLarge = new LongAdder();
    private final LongAdder polled = new LongAdder();
    private final LongAdder writeTimedOut = new LongAdder();

    void opened() {
        opened.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void sessionRejected() {
        sessionRejected.increment();
    }

    void resumed(long missed) {
        resumed.increment();
        replayGap.add(missed);
    }

    void expired() {
        expired.increment();
    }

    void slowConsumerClosed() {
        slowConsumerClosed.increment();
    }

    void writeFailed() {
        writeFailed.increment();
    }

    void writeTimedOut() {
        writeTimedOut.increment();
    }

    void polled() {
        polled.increment();
    }

    void tooLarge() {
        tooLarge.increment();
    }

    void endedDropped() {
        endedDropped.increment();
    }

    void heldDropped(long count) {
        heldDropped.add(count);
    }

    StreamStats snapshot(int open, int live, int sessions) {
        return new StreamStats(open, live, sessions, opened.sum(), rejected.sum(), resumed.sum(),
                replayGap.sum(), expired.sum(), slowConsumerClosed.sum(), writeFailed.sum(), heldDropped.sum(), polled.sum(),
                endedDropped.sum(), sessionRejected.sum(), tooLarge.sum(), writeTimedOut.sum());
    }
}
