package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mcpstreams.stream.RecordingSink.event;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mcpstreams.it.AdjustableClock;
import org.mcpstreams.stream.RecordingSink.Mode;

/**
 * A stream no session routes to (a stateless request's or listener's) has nothing to resume: it
 * is gone once its final event is written or its connection is lost, and a loss runs its action.
 */
class UnresumableStreamTest {

    private static final StreamScope SCOPE = new StreamScope("request-1", null);

    private final StreamRegistry registry = new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(),
            Runnable::run);
    private final AtomicInteger lost = new AtomicInteger();
    private final RecordingSink sink = new RecordingSink();
    private final String sid = registry.createUnrouted(SCOPE, lost::incrementAndGet);

    @Test
    void aFailedWriteClosesTheStreamAndRunsTheLossActionOnce() {
        registry.attach(sid, false, sink);
        registry.send(sid, "a");
        sink.mode(Mode.THROW);
        registry.send(sid, "b");
        assertFalse(registry.send(sid, "c"), "nothing more is recorded");
        assertEquals(1, lost.get());
        assertEquals(0, registry.stats().open());
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 0)));
    }

    @Test
    void theFinalEventEndsTheStreamWithoutRetentionAndWithoutALoss() {
        registry.attach(sid, false, sink);
        registry.send(sid, "progress");
        registry.sendLast(sid, "response");
        assertEquals(List.of(event(sid, 1, "progress"), event(sid, 2, "response")), sink.lines());
        assertEquals(1, sink.closes());
        assertEquals(0, registry.stats().open());
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 1)), "no resume window");
        assertEquals(0, lost.get());
    }

    @Test
    void closingTheStreamIsNoLoss() {
        registry.attach(sid, false, sink);
        registry.close(sid);
        assertEquals(0, lost.get());
    }
}
