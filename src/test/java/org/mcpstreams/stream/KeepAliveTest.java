package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** A comment is written when a connection has had no write for the keep-alive interval. */
class KeepAliveTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);
    private static final String KEEP_ALIVE = ": keep-alive";

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_KEEP_ALIVE, 15).build(), clock, Runnable::run);
    private final RecordingSink sink = new RecordingSink();

    @Test
    void noKeepAliveBeforeTheInterval() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofMillis(14_999));
        registry.sweep();
        assertEquals(List.of(), sink.lines());
    }

    @Test
    void sweepWritesAKeepAliveCommentAfterTheInterval() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(15));
        registry.sweep();
        assertEquals(List.of(KEEP_ALIVE), sink.lines());
    }

    @Test
    void oneKeepAlivePerInterval() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(15));
        registry.sweep();
        registry.sweep();
        clock.advance(Duration.ofSeconds(14));
        registry.sweep();
        assertEquals(List.of(KEEP_ALIVE), sink.lines());
        clock.advance(Duration.ofSeconds(1));
        registry.sweep();
        assertEquals(List.of(KEEP_ALIVE, KEEP_ALIVE), sink.lines());
    }

    @Test
    void anEventPostponesTheKeepAlive() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(10));
        registry.send(sid, "a");
        clock.advance(Duration.ofSeconds(10));
        registry.sweep();
        assertEquals(List.of(event(sid, 1, "a")), sink.lines());
        clock.advance(Duration.ofSeconds(5));
        registry.sweep();
        assertEquals(List.of(event(sid, 1, "a"), KEEP_ALIVE), sink.lines());
    }

    @Test
    void keepAliveZeroWritesNone() {
        StreamRegistry quiet = new StreamRegistry(
                Limits.defaults().set(ConfigKeys.STREAMS_KEEP_ALIVE, 0).build(), clock, Runnable::run);
        quiet.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofMinutes(10));
        quiet.sweep();
        assertEquals(List.of(), sink.lines());
    }

    @Test
    void keepAliveNowWritesACommentAtOnce() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        registry.keepAliveNow(sid);
        assertEquals(List.of(KEEP_ALIVE), sink.lines());
    }

    @Test
    void keepAliveNowOfAnUnknownStreamIsFalse() {
        assertFalse(registry.keepAliveNow("no-such-stream"));
    }
}
