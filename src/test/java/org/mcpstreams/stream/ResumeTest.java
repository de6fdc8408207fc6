package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Resuming a stream from {@code Last-Event-ID}, and the ids that are refused. */
class ResumeTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", "alice");

    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_EVENTS, 3).build(),
            AdjustableClock.frozen(), Runnable::run);
    private final RecordingSink first = new RecordingSink();
    private final String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, first);

    @Test
    void resumeAfterDisconnectReplaysMissedEventsThenLiveOnes() {
        registry.send(sid, "a");
        registry.disconnect(sid);
        registry.send(sid, "b");
        registry.send(sid, "c");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sid + ":1", next));
        registry.send(sid, "d");
        assertEquals(List.of(event(sid, 2, "b"), event(sid, 3, "c"), event(sid, 4, "d")), next.lines());
    }

    @Test
    void resumeWithPrimingFirstNamesWhereTheConnectionStarts() {
        registry.send(sid, "a");
        registry.send(sid, "b");
        registry.disconnect(sid);
        RecordingSink next = new RecordingSink();
        registry.resume(SCOPE, sid + ":1", Priming.EVENT, next);
        assertEquals(List.of(event(sid, 1, ""), event(sid, 2, "b")), next.lines());
    }

    @Test
    void primingAfterAGapNamesTheFirstEventStillKept() {
        for (String data : new String[] {"a", "b", "c", "d", "e"}) {
            registry.send(sid, data);
        }
        registry.disconnect(sid);
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 1), registry.resume(SCOPE, sid + ":1", Priming.EVENT, next));
        assertEquals(List.of(event(sid, 2, ""), event(sid, 3, "c"), event(sid, 4, "d"), event(sid, 5, "e")),
                next.lines());
    }

    @Test
    void resumeFromThePrimingIdReplaysEveryEvent() {
        registry.send(sid, "a");
        registry.send(sid, "b");
        registry.disconnect(sid);
        RecordingSink next = new RecordingSink();
        registry.resume(SCOPE, sid + ":0", next);
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b")), next.lines());
    }

    @Test
    void resumeFromTheLastIdReplaysNothing() {
        registry.send(sid, "a");
        registry.disconnect(sid);
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sid + ":1", next));
        assertEquals(List.of(), next.lines());
    }

    @Test
    void resumeFromAnIdOlderThanTheBufferReplaysWhatIsKeptAndCountsTheGap() {
        registry.disconnect(sid);
        for (String data : List.of("a", "b", "c", "d", "e", "f")) {
            registry.send(sid, data);
        }
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 2), registry.resume(SCOPE, sid + ":1", next));
        assertEquals(List.of(event(sid, 4, "d"), event(sid, 5, "e"), event(sid, 6, "f")), next.lines());
        assertEquals(2, registry.stats().replayGap());
        assertEquals(1, registry.stats().resumed());
    }

    @Test
    void malformedIdIsRefusedAndAttachesNothing() {
        registry.disconnect(sid);
        registry.send(sid, "a");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Malformed("not-an-id"), registry.resume(SCOPE, "not-an-id", next));
        assertNothingAttached(next);
    }

    @Test
    void unknownStreamIsRefusedAndAttachesNothing() {
        registry.disconnect(sid);
        registry.send(sid, "a");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Unknown("elsewhere:0"), registry.resume(SCOPE, "elsewhere:0", next));
        assertNothingAttached(next);
    }

    @Test
    void idPastTheEndOfTheStreamIsUnknown() {
        registry.disconnect(sid);
        registry.send(sid, "a");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Unknown(sid + ":2"), registry.resume(SCOPE, sid + ":2", next));
        assertNothingAttached(next);
    }

    @Test
    void closedStreamIsUnknown() {
        registry.send(sid, "a");
        registry.close(sid);
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Unknown(sid + ":0"), registry.resume(SCOPE, sid + ":0", next));
        assertEquals(List.of(), next.lines());
    }

    @Test
    void streamOfAnotherSessionIsForeign() {
        registry.disconnect(sid);
        registry.send(sid, "a");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Foreign(sid + ":0"),
                registry.resume(new StreamScope("session-2", "alice"), sid + ":0", next));
        assertNothingAttached(next);
    }

    @Test
    void streamOfAnotherUserIsForeign() {
        registry.disconnect(sid);
        registry.send(sid, "a");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Foreign(sid + ":0"),
                registry.resume(new StreamScope("session-1", "mallory"), sid + ":0", next));
        assertNothingAttached(next);
    }

    @Test
    void streamOfAUserIsForeignToAnAnonymousRequest() {
        registry.disconnect(sid);
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Foreign(sid + ":0"),
                registry.resume(new StreamScope("session-1", null), sid + ":0", next));
        assertNothingAttached(next);
    }

    @Test
    void foreignResumeLeavesTheLiveConnectionAttached() {
        registry.resume(new StreamScope("session-1", "mallory"), sid + ":0", new RecordingSink());
        registry.send(sid, "a");
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a")), first.lines());
        assertEquals(0, first.closes());
    }

    @Test
    void newerConnectionWinsAndTheOlderIsClosed() {
        registry.send(sid, "a");
        RecordingSink newer = new RecordingSink();
        registry.resume(SCOPE, sid + ":0", newer);
        assertEquals(1, first.closes());
        assertEquals(1, registry.stats().live());
    }

    @Test
    void newerConnectionGetsEveryEventAfterItsIdAndAllLaterOnes() {
        registry.send(sid, "a");
        registry.send(sid, "b");
        RecordingSink newer = new RecordingSink();
        registry.resume(SCOPE, sid + ":1", newer);
        registry.send(sid, "c");
        assertEquals(List.of(event(sid, 2, "b"), event(sid, 3, "c")), newer.lines());
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "a"), event(sid, 2, "b")), first.lines());
    }

    @Test
    void thirdConnectionReplacesTheSecond() {
        registry.send(sid, "a");
        RecordingSink second = new RecordingSink();
        RecordingSink third = new RecordingSink();
        registry.resume(SCOPE, sid + ":1", second);
        registry.resume(SCOPE, sid + ":0", third);
        registry.send(sid, "b");
        assertEquals(List.of(), second.lines());
        assertEquals(1, second.closes());
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b")), third.lines());
    }

    private void assertNothingAttached(RecordingSink refused) {
        registry.send(sid, "later");
        assertEquals(List.of(), refused.lines());
        assertEquals(0, registry.stats().live());
        assertEquals(0, registry.stats().resumed());
    }
}
