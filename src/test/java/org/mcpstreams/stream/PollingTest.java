package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** SSE polling: priming events carry {@code retry:}, and old connections are closed for a resume. */
class PollingTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(Limits.defaults()
            .set(ConfigKeys.STREAMS_MAX_CONNECTION_AGE, 60).set(ConfigKeys.STREAMS_RECONNECT_DELAY, 1500)
            .set(ConfigKeys.STREAMS_KEEP_ALIVE, 0).build(), clock, Runnable::run);
    private final RecordingSink sink = new RecordingSink();

    @Test
    void primingEventCarriesTheReconnectDelay() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        assertEquals(1500, sink.primingRetry());
    }

    @Test
    void connectionOfAPrimedClientIsClosedAtItsMaximumAgeAndTheStreamResumes() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        registry.send(sid, "a");
        clock.advance(Duration.ofSeconds(59));
        registry.sweep();
        assertEquals(0, sink.closes());
        clock.advance(Duration.ofSeconds(1));
        registry.sweep();
        assertEquals(1, sink.closes());
        assertEquals(1, registry.stats().polled());
        registry.send(sid, "b");
        RecordingSink next = new RecordingSink();
        assertInstanceOf(Resume.Resumed.class, registry.resume(SCOPE, sid + ":1", next));
        assertEquals(List.of(event(sid, 2, "b")), next.lines());
    }

    @Test
    void olderClientsConnectionIsNeverClosedForAge() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofMinutes(50));
        registry.sweep();
        assertEquals(0, sink.closes());
    }

    @Test
    void resumedConnectionAgesFromItsOwnStart() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        clock.advance(Duration.ofSeconds(60));
        registry.sweep();
        RecordingSink next = new RecordingSink();
        registry.resume(SCOPE, sid + ":0", next);
        clock.advance(Duration.ofSeconds(59));
        registry.sweep();
        assertEquals(0, next.closes());
        clock.advance(Duration.ofSeconds(1));
        registry.sweep();
        assertEquals(1, next.closes());
    }
}
