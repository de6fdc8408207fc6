package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink.Mode;
import org.mcpstreams.testsupport.RecordingSink;

/**
 * A stream no session routes to (a stateless request's or listener's) has nothing to resume: it
 * is gone once its final event is written or its connection is lost, and a loss runs its action.
 */
class UnresumableStreamTest {

    private static final StreamScope SCOPE = new StreamScope("request-1", null);

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(Limits.defaults().build(), clock, Runnable::run);
    private final List<String> lost = new CopyOnWriteArrayList<>();
    private final RecordingSink sink = new RecordingSink();
    private final String sid = registry.createUnrouted(SCOPE, lost::add);

    @Test
    void aFailedWriteClosesTheStreamAndRunsTheLossActionOnce() {
        registry.attach(sid, Priming.NONE, sink);
        registry.send(sid, "a");
        sink.mode(Mode.THROW);
        registry.send(sid, "b");
        assertFalse(registry.send(sid, "c"), "nothing more is recorded");
        assertEquals(List.of(sid), lost);
        assertEquals(0, registry.stats().open());
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 0)));
    }

    @Test
    void theFinalEventEndsTheStreamWithoutRetentionAndWithoutALoss() {
        registry.attach(sid, Priming.NONE, sink);
        registry.send(sid, "progress");
        registry.sendLast(sid, "response");
        assertEquals(List.of(event(sid, 1, "progress"), event(sid, 2, "response")), sink.lines());
        assertEquals(1, sink.closes());
        assertEquals(0, registry.stats().open());
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 1)), "no resume window");
        assertEquals(List.of(), lost);
    }

    @Test
    void closingTheStreamIsNoLoss() {
        registry.attach(sid, Priming.NONE, sink);
        registry.close(sid);
        assertEquals(List.of(), lost);
    }

    @Test
    void expiryClosesTheStreamAndIsALoss() {
        registry.attach(sid, Priming.NONE, sink);
        clock.advance(Limits.defaults().build().idleTimeout());
        registry.sweep();
        assertEquals(1, sink.closes());
        assertEquals(List.of(sid), lost);
        assertEquals(List.of(0, 1L), List.of(registry.stats().open(), registry.stats().expired()));
        registry.sweep();
        assertEquals(List.of(sid), lost, "once");
    }
}
