package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Streams end after their idle timeout (live) or resume window (detached), at a sweep. */
class ExpiryTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final AdjustableClock clock = AdjustableClock.frozen();

    @Test
    void liveStreamIsKeptUntilItsIdleTimeout() {
        StreamRegistry registry = registry(60, 300);
        RecordingSink sink = new RecordingSink();
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofMillis(59_999));
        registry.sweep();
        assertEquals(0, sink.closes());
        assertEquals(List.of(1, 1, 0L), List.of(registry.stats().open(), registry.stats().live(), registry.stats().expired()));
    }

    @Test
    void liveStreamWithNoEventForTheIdleTimeoutIsClosedBySweep() {
        StreamRegistry registry = registry(60, 300);
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(60));
        registry.sweep();
        assertEquals(1, sink.closes());
        assertEquals(List.of(0, 0, 1L), List.of(registry.stats().open(), registry.stats().live(), registry.stats().expired()));
        assertEquals(false, registry.send(sid, "late"));
    }

    @Test
    void anEventRestartsTheIdleTimeout() {
        StreamRegistry registry = registry(60, 300);
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(50));
        registry.send(sid, "a");
        clock.advance(Duration.ofSeconds(50));
        registry.sweep();
        assertEquals(0, sink.closes());
        assertEquals(1, registry.stats().open());
    }

    @Test
    void keepAliveCommentsDoNotRestartTheIdleTimeout() {
        StreamRegistry registry = new StreamRegistry(Limits.defaults()
                .set(ConfigKeys.STREAMS_IDLE_TIMEOUT, 60).set(ConfigKeys.STREAMS_KEEP_ALIVE, 15).build(), clock,
                Runnable::run);
        RecordingSink sink = new RecordingSink();
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(15));
            registry.sweep();
        }
        assertEquals(List.of(": keep-alive", ": keep-alive", ": keep-alive"), sink.lines());
        assertEquals(1, sink.closes());
        assertEquals(1, registry.stats().expired());
    }

    @Test
    void idleTimeoutZeroNeverExpiresALiveStream() {
        StreamRegistry registry = registry(0, 300);
        RecordingSink sink = new RecordingSink();
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofDays(30));
        registry.sweep();
        assertEquals(0, sink.closes());
        assertEquals(1, registry.stats().live());
    }

    @Test
    void detachedStreamIsKeptUntilTheEndOfItsResumeWindow() {
        StreamRegistry registry = registry(3_600, 30);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.disconnect(sid);
        clock.advance(Duration.ofMillis(29_999));
        registry.sweep();
        assertEquals(1, registry.stats().open());
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sid + ":0", new RecordingSink()));
    }

    @Test
    void detachedStreamIsClosedBySweepAfterItsResumeWindow() {
        StreamRegistry registry = registry(3_600, 30);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.send(sid, "a");
        registry.disconnect(sid);
        clock.advance(Duration.ofSeconds(30));
        registry.sweep();
        assertEquals(List.of(0, 1L), List.of(registry.stats().open(), registry.stats().expired()));
        assertEquals(new Resume.Unknown(sid + ":0"), registry.resume(SCOPE, sid + ":0", new RecordingSink()));
    }

    @Test
    void resumeAfterTheResumeWindowIsUnknownEvenBeforeASweep() {
        StreamRegistry registry = registry(3_600, 30);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.disconnect(sid);
        clock.advance(Duration.ofSeconds(30));
        RecordingSink late = new RecordingSink();
        assertEquals(new Resume.Unknown(sid + ":0"), registry.resume(SCOPE, sid + ":0", late));
        assertEquals(1, registry.stats().expired());
        assertEquals(List.of(), late.lines());
    }

    @Test
    void theResumeWindowCountsFromTheDisconnect() {
        StreamRegistry registry = registry(3_600, 30);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        clock.advance(Duration.ofSeconds(100));
        registry.disconnect(sid);
        clock.advance(Duration.ofSeconds(29));
        registry.sweep();
        assertEquals(1, registry.stats().open());
    }

    @Test
    void aCompletedStreamExpiresAtTheEndOfItsRetentionHoweverOftenItIsResumed() {
        StreamRegistry registry = registry(3_600, 300);
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, new RecordingSink());
        registry.sendLast(sid, "response");
        for (int resumes = 0; resumes < 3; resumes++) {
            clock.advance(Duration.ofSeconds(9));
            registry.sweep();
            assertTrue(registry.resume(SCOPE, sid + ":0", new RecordingSink()) instanceof Resume.Resumed,
                    "resumable within its retention");
        }
        clock.advance(Duration.ofSeconds(3));
        registry.sweep();
        assertTrue(registry.replayAfter(new EventId(sid, 0)).isEmpty(), "30 s after its response was first written");
        assertTrue(registry.resume(SCOPE, sid + ":0", new RecordingSink()) instanceof Resume.Unknown);
    }

    private StreamRegistry registry(long idleSeconds, long resumeSeconds) {
        return new StreamRegistry(Limits.defaults()
                .set(ConfigKeys.STREAMS_IDLE_TIMEOUT, idleSeconds)
                .set(ConfigKeys.STREAMS_RESUME_WINDOW, resumeSeconds)
                .set(ConfigKeys.STREAMS_KEEP_ALIVE, 0)
                .build(), clock, Runnable::run);
    }
}
