package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Ending connections, streams and sessions on purpose. */
class StreamLifecycleTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry =
            new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(), Runnable::run);
    private final RecordingSink sink = new RecordingSink();
    private final String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);

    @Test
    void disconnectClosesTheConnectionAndKeepsTheStream() {
        assertEquals(true, registry.disconnect(sid));
        assertEquals(1, sink.closes());
        assertEquals(List.of(1, 0), List.of(registry.stats().open(), registry.stats().live()));
    }

    @Test
    void disconnectedStreamRecordsAndResumes() {
        registry.disconnect(sid);
        assertEquals(true, registry.send(sid, "a"));
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sid + ":0", next));
        assertEquals(List.of(event(sid, 1, "a")), next.lines());
        assertEquals(List.of(), sink.lines());
    }

    @Test
    void disconnectOfADetachedStreamDoesNothing() {
        registry.disconnect(sid);
        assertEquals(false, registry.disconnect(sid));
        assertEquals(1, sink.closes());
    }

    @Test
    void closeEndsTheStream() {
        registry.send(sid, "a");
        assertEquals(true, registry.close(sid));
        assertEquals(1, sink.closes());
        assertEquals(false, registry.send(sid, "b"));
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 0)));
        assertEquals(List.of(0, 0), List.of(registry.stats().open(), registry.stats().live()));
    }

    @Test
    void closeTwiceReportsTheSecondAsNothingToClose() {
        registry.close(sid);
        assertEquals(false, registry.close(sid));
        assertEquals(1, sink.closes());
        assertEquals(0, registry.stats().open());
    }

    @Test
    void closeSessionClosesEveryStreamOfThatSessionOnly() {
        RecordingSink request = new RecordingSink();
        RecordingSink otherSession = new RecordingSink();
        String requestId = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, request);
        String detachedId = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.disconnect(detachedId);
        String otherId = registry.open(new StreamScope("session-2", null), StreamKind.SESSION, Priming.NONE, otherSession);
        registry.router().closeSession("session-1");
        assertEquals(List.of(1, 1, 0), List.of(sink.closes(), request.closes(), otherSession.closes()));
        assertEquals(List.of(false, false, false, true), List.of(registry.send(sid, "x"),
                registry.send(requestId, "x"), registry.send(detachedId, "x"), registry.send(otherId, "x")));
        assertEquals(List.of(1, 1), List.of(registry.stats().open(), registry.stats().sessions()));
    }

    @Test
    void closedSessionCannotBeResumed() {
        registry.router().closeSession("session-1");
        assertEquals(new Resume.Unknown(sid + ":0"), registry.resume(SCOPE, sid + ":0", new RecordingSink()));
    }

    @Test
    void shutdownClosesEveryConnection() {
        RecordingSink other = new RecordingSink();
        registry.open(new StreamScope("session-2", null), StreamKind.REQUEST, Priming.NONE, other);
        registry.shutdown();
        assertEquals(List.of(1, 1), List.of(sink.closes(), other.closes()));
        assertEquals(0, registry.stats().open());
    }
}
