package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink.Mode;
import org.mcpstreams.testsupport.RecordingSink;

/** With a connection whose writes complete later, writes go one at a time, in sequence order. */
class AsyncDeliveryTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry =
            new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(), Runnable::run);
    private final RecordingSink sink = new RecordingSink(Mode.ASYNC);

    @Test
    void noSecondWriteStartsBeforeTheFirstCompletes() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        registry.send(sid, "a");
        registry.send(sid, "b");
        assertEquals(List.of(event(sid, 0, "")), sink.lines());
        assertEquals(1, sink.pendingCount());
    }

    @Test
    void completingAWriteStartsTheNextInSeqOrder() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        registry.send(sid, "a");
        registry.send(sid, "b");
        sink.completeNext();
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a")), sink.lines());
        sink.completeNext();
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a"), event(sid, 2, "b")), sink.lines());
    }

    @Test
    void drainGoesOnThroughEventsAppendedWhileAWriteWasPending() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        registry.send(sid, "a");
        registry.send(sid, "b");
        sink.completeNext();
        registry.send(sid, "c");
        sink.completeNext();
        registry.send(sid, "d");
        sink.completeAll();
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b"), event(sid, 3, "c"), event(sid, 4, "d")),
                sink.lines());
        assertEquals(0, sink.overlaps());
    }

    @Test
    void drainResumesAfterGoingIdle() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        registry.send(sid, "a");
        sink.completeAll();
        registry.send(sid, "b");
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b")), sink.lines());
        assertEquals(1, sink.pendingCount());
    }

    @Test
    void writesToTwoStreamsDoNotWaitForEachOther() {
        RecordingSink other = new RecordingSink(Mode.ASYNC);
        String a = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, sink);
        String b = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, other);
        registry.send(a, "a1");
        registry.send(b, "b1");
        assertEquals(List.of(event(a, 1, "a1")), sink.lines());
        assertEquals(List.of(event(b, 1, "b1")), other.lines());
    }
}
