package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Session-wide messages reach exactly one session stream, or wait for one. */
class SessionRoutingTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_EVENTS, 2).build(), AdjustableClock.frozen(),
            Runnable::run);
    private final LocalSessionRouter router = registry.router();

    @Test
    void unroutedStreamTakesSendsButNoBroadcastAndHoldsNothingForItsScope() {
        RecordingSink sink = new RecordingSink();
        String id = registry.createUnrouted(new StreamScope("request-1", null), lost -> { });
        registry.attach(id, Priming.NONE, sink);
        assertEquals(0, router.broadcast("everyone"));
        assertTrue(registry.send(id, "only you"));
        assertEquals(List.of(event(id, 1, "only you")), sink.lines());
        assertEquals(0, registry.stats().sessions());
    }

    @Test
    void aMessageForAClosedSessionIsDroppedAndCountedNotKept() {
        assertEquals(Routed.HELD, router.deliver("session-1", "m1"));
        router.closeSession("session-1");
        int sessions = registry.stats().sessions();
        assertEquals(Routed.DROPPED, router.deliver("session-1", "m2"));
        assertEquals(sessions, registry.stats().sessions());
        assertEquals(1, registry.stats().endedDropped());
    }

    @Test
    void deliverWritesToTheLiveSessionStream() {
        RecordingSink sink = new RecordingSink();
        String sid = open(StreamKind.SESSION, sink);
        assertEquals(Routed.LIVE, router.deliver("session-1", "m1"));
        assertEquals(List.of(event(sid, 1, "m1")), sink.lines());
    }

    @Test
    void deliverWritesToOnlyOneOfTwoLiveSessionStreams() {
        RecordingSink older = new RecordingSink();
        RecordingSink newer = new RecordingSink();
        open(StreamKind.SESSION, older);
        String newerId = open(StreamKind.SESSION, newer);
        router.deliver("session-1", "m1");
        assertEquals(List.of(), older.lines());
        assertEquals(List.of(event(newerId, 1, "m1")), newer.lines());
    }

    @Test
    void deliverWritesToTheMostRecentlyAttachedLiveStream() {
        RecordingSink a = new RecordingSink();
        RecordingSink b = new RecordingSink();
        String aId = open(StreamKind.SESSION, a);
        open(StreamKind.SESSION, b);
        registry.disconnect(aId);
        RecordingSink aAgain = new RecordingSink();
        registry.resume(SCOPE, aId + ":0", aAgain);
        router.deliver("session-1", "m1");
        assertEquals(List.of(event(aId, 1, "m1")), aAgain.lines());
        assertEquals(List.of(), b.lines());
    }

    @Test
    void deliverPrefersALiveStreamToAMoreRecentDetachedOne() {
        RecordingSink a = new RecordingSink();
        String aId = open(StreamKind.SESSION, a);
        String bId = open(StreamKind.SESSION, new RecordingSink());
        registry.disconnect(bId);
        assertEquals(Routed.LIVE, router.deliver("session-1", "m1"));
        assertEquals(List.of(event(aId, 1, "m1")), a.lines());
        assertEquals(List.of(), registry.replayAfter(new EventId(bId, 0)));
    }

    @Test
    void deliverWithNoLiveStreamRecordsOnTheMostRecentAndAResumeDeliversIt() {
        String aId = open(StreamKind.SESSION, new RecordingSink());
        String bId = open(StreamKind.SESSION, new RecordingSink());
        registry.disconnect(aId);
        registry.disconnect(bId);
        assertEquals(Routed.RECORDED, router.deliver("session-1", "m1"));
        RecordingSink resumed = new RecordingSink();
        registry.resume(SCOPE, bId + ":0", resumed);
        assertEquals(List.of(event(bId, 1, "m1")), resumed.lines());
        assertEquals(List.of(), registry.replayAfter(new EventId(aId, 0)));
    }

    @Test
    void deliverNeverWritesToARequestStream() {
        RecordingSink session = new RecordingSink();
        RecordingSink request = new RecordingSink();
        String sessionId = open(StreamKind.SESSION, session);
        open(StreamKind.REQUEST, request);
        assertEquals(Routed.LIVE, router.deliver("session-1", "m1"));
        assertEquals(List.of(), request.lines());
        assertEquals(List.of(event(sessionId, 1, "m1")), session.lines());
    }

    @Test
    void deliverWithOnlyARequestStreamHoldsTheMessage() {
        RecordingSink request = new RecordingSink();
        open(StreamKind.REQUEST, request);
        assertEquals(Routed.HELD, router.deliver("session-1", "m1"));
        assertEquals(List.of(), request.lines());
    }

    @Test
    void deliverBeforeAnyStreamIsHeldAndFlushedInOrderAfterThePrimingEvent() {
        assertEquals(Routed.HELD, router.deliver("session-1", "m1"));
        assertEquals(Routed.HELD, router.deliver("session-1", "m2"));
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "m1"), event(sid, 2, "m2")), sink.lines());
    }

    @Test
    void heldMessagesGoToTheFirstSessionStreamOnly() {
        router.deliver("session-1", "m1");
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        String firstId = open(StreamKind.SESSION, first);
        open(StreamKind.SESSION, second);
        assertEquals(List.of(event(firstId, 1, "m1")), first.lines());
        assertEquals(List.of(), second.lines());
    }

    @Test
    void heldMessagesWaitPastARequestStreamForTheFirstSessionStream() {
        router.deliver("session-1", "m1");
        RecordingSink request = new RecordingSink();
        open(StreamKind.REQUEST, request);
        RecordingSink session = new RecordingSink();
        String sid = open(StreamKind.SESSION, session);
        assertEquals(List.of(), request.lines());
        assertEquals(List.of(event(sid, 1, "m1")), session.lines());
    }

    @Test
    void heldMessagesAreBoundedByTheBufferAndOverflowIsCounted() {
        for (String m : List.of("m1", "m2", "m3", "m4", "m5")) {
            router.deliver("session-1", m);
        }
        assertEquals(3, registry.stats().heldDropped());
        RecordingSink sink = new RecordingSink();
        String sid = open(StreamKind.SESSION, sink);
        assertEquals(List.of(event(sid, 1, "m4"), event(sid, 2, "m5")), sink.lines());
    }

    @Test
    void heldMessagesAreKeptPerSession() {
        router.deliver("session-2", "other");
        router.deliver("session-1", "mine");
        RecordingSink sink = new RecordingSink();
        String sid = open(StreamKind.SESSION, sink);
        assertEquals(List.of(event(sid, 1, "mine")), sink.lines());
    }

    @Test
    void broadcastReachesEverySessionOnce() {
        RecordingSink a1 = new RecordingSink();
        RecordingSink a2 = new RecordingSink();
        RecordingSink b = new RecordingSink();
        RecordingSink c = new RecordingSink();
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, a1);
        String a2Id = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, a2);
        String bId = registry.open(new StreamScope("session-2", null), StreamKind.SESSION, Priming.NONE, b);
        String cId = registry.open(new StreamScope("session-3", "carol"), StreamKind.SESSION, Priming.NONE, c);
        assertEquals(3, router.broadcast("all"));
        assertEquals(List.of(), a1.lines());
        assertEquals(List.of(event(a2Id, 1, "all")), a2.lines());
        assertEquals(List.of(event(bId, 1, "all")), b.lines());
        assertEquals(List.of(event(cId, 1, "all")), c.lines());
    }

    @Test
    void streamIdsNamesOneSessionsStreamsOfOneKindMostRecentlyAttachedLast() {
        String aId = open(StreamKind.SESSION, new RecordingSink());
        String bId = open(StreamKind.SESSION, new RecordingSink());
        String requestId = open(StreamKind.REQUEST, new RecordingSink());
        registry.open(new StreamScope("session-2", null), StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.disconnect(aId);
        registry.resume(SCOPE, aId + ":0", new RecordingSink());
        assertEquals(List.of(bId, aId), router.streamIds("session-1", StreamKind.SESSION));
        assertEquals(List.of(requestId), router.streamIds("session-1", StreamKind.REQUEST));
        registry.close(bId);
        assertEquals(List.of(aId), router.streamIds("session-1", StreamKind.SESSION));
        assertEquals(List.of(), router.streamIds("no-such-session", StreamKind.SESSION));
    }

    private String open(StreamKind kind, RecordingSink sink) {
        return registry.open(SCOPE, kind, Priming.NONE, sink);
    }
}
