package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink.Mode;
import org.mcpstreams.testsupport.RecordingSink;

/** A connection whose write fails is dropped once; the stream keeps every event for a resume. */
class ConnectionFailureTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", "alice");

    private final StreamRegistry registry =
            new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(), Runnable::run);
    private final RecordingSink sink = new RecordingSink();
    private final String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);

    /** A write that throws, as a closed connection does, or whose stage fails, as a reset one does. */
    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THROW", "FAIL_STAGE"})
    void failingWriteDetachesTheStreamOnce(Mode failure) {
        registry.send(sid, "a");
        sink.mode(failure);
        registry.send(sid, "b");
        registry.send(sid, "c");
        assertDetachedOnce();
    }

    @Test
    void writeThatFailsLaterDetachesTheStreamOnce() {
        sink.mode(Mode.ASYNC);
        registry.send(sid, "a");
        sink.failNext();
        registry.send(sid, "b");
        assertDetachedOnce();
    }

    @Test
    void failedConnectionKeepsTheUndeliveredEventAndRecordsLaterOnes() {
        registry.send(sid, "a");
        sink.mode(Mode.THROW);
        registry.send(sid, "b");
        registry.send(sid, "c");
        assertEquals(List.of(event(sid, 1, "a")), sink.lines());
        assertEquals(List.of(new StreamEvent(2, "b"), new StreamEvent(3, "c")), registry.replayAfter(new EventId(sid, 1)));
    }

    @Test
    void resumeAfterFailedWriteReplaysTheLostEventsThenLiveOnes() {
        registry.send(sid, "a");
        sink.mode(Mode.FAIL_STAGE);
        registry.send(sid, "b");
        registry.send(sid, "c");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sink.lastEventId(), next));
        registry.send(sid, "d");
        assertEquals(List.of(event(sid, 2, "b"), event(sid, 3, "c"), event(sid, 4, "d")), next.lines());
    }

    private void assertDetachedOnce() {
        StreamStats stats = registry.stats();
        assertEquals(1, stats.writeFailed(), "writeFailed");
        assertEquals(1, sink.closes(), "closes");
        assertEquals(1, stats.open(), "open");
        assertEquals(0, stats.live(), "live");
    }
}
