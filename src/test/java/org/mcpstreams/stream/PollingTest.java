package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;
import org.mcpstreams.testsupport.RecordingSink.Mode;

/**
 * SSE polling: priming events carry {@code retry:}, and old connections, or those the server asks
 * to close, are closed for a resume.
 */
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

    @Test
    void connectionClosedOnRequestLeavesTheStreamForAResumeThatGetsWhatFollowed() {
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.EVENT, sink);
        registry.send(sid, "a");
        assertTrue(registry.closeConnection(sid));
        assertEquals(1, sink.closes());
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a")), sink.lines());
        registry.send(sid, "b");
        registry.sendLast(sid, "response");
        RecordingSink next = new RecordingSink();
        assertInstanceOf(Resume.Resumed.class, registry.resume(SCOPE, sid + ":1", next));
        assertEquals(List.of(event(sid, 2, "b"), event(sid, 3, "response")), next.lines());
        assertEquals(0, registry.stats().polled(), "only closes for age are counted");
    }

    @Test
    void olderClientsConnectionIsNotClosedOnRequest() {
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, sink);
        assertFalse(registry.closeConnection(sid));
        assertEquals(0, sink.closes());
    }

    @Test
    void streamWithoutAConnectionHasNoneToClose() {
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.EVENT, sink);
        registry.disconnect(sid);
        assertFalse(registry.closeConnection(sid));
        assertFalse(registry.closeConnection("no-such-stream"));
    }

    @Test
    void connectionAskedToCloseWhileItsPrimingEventIsWrittenClosesOnceWhatWasSentBeforeIsWritten() {
        RecordingSink later = new RecordingSink(Mode.ASYNC);
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.EVENT, later);
        registry.send(sid, "a");
        assertTrue(registry.closeConnection(sid));
        assertFalse(registry.closeConnection(sid), "it is closing already");
        later.completeNext();
        assertEquals(0, later.closes(), "the event sent before is still due");
        later.completeNext();
        assertEquals(1, later.closes());
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a")), later.lines());
        registry.send(sid, "b");
        RecordingSink next = new RecordingSink();
        assertInstanceOf(Resume.Resumed.class, registry.resume(SCOPE, sid + ":1", next));
        assertEquals(List.of(event(sid, 2, "b")), next.lines());
    }

    @Test
    void connectionAskedToCloseWhileItsFinalEventIsWrittenEndsWithTheStream() {
        RecordingSink later = new RecordingSink(Mode.ASYNC);
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.EVENT, later);
        later.completeNext();
        registry.sendLast(sid, "response");
        assertTrue(registry.closeConnection(sid));
        later.completeNext();
        assertEquals(1, later.closes());
        assertEquals(0, registry.stats().open(), "the stream ended, it waits for no resume");
    }
}
