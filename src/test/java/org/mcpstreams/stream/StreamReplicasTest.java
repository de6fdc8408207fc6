package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** What the registry tells the {@link StreamReplicas} it keeps session streams' events in, and how it takes a stream over. */
class StreamReplicasTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", "alice");

    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_EVENTS, 2).build(), AdjustableClock.frozen(), Runnable::run);
    private final Recording replicas = new Recording();

    StreamReplicasTest() {
        registry.replicate(replicas);
    }

    @Test
    void eachEventOfASessionStreamIsKeptInOrderWithTheOldestItsBufferKeeps() {
        String get = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        for (String data : List.of("a", "b", "c")) {
            assertEquals(Routed.LIVE, registry.router().deliver("session-1", data));
        }
        assertEquals(List.of(new StreamReplicas.Appended(get, SCOPE, new StreamEvent(1, "a"), 1),
                new StreamReplicas.Appended(get, SCOPE, new StreamEvent(2, "b"), 1),
                new StreamReplicas.Appended(get, SCOPE, new StreamEvent(3, "c"), 2)), replicas.appended);
    }

    @Test
    void aRequestStreamKeepsNothingBeyondThisNode() {
        String post = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, new RecordingSink());
        registry.send(post, "progress");
        assertEquals(List.of(), replicas.appended);
    }

    @Test
    void aSessionStreamClosedForGoodIsForgottenButNotWhenThisNodeShutsDown() {
        String closed = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.close(closed);
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.shutdown();
        assertEquals(List.of(closed), replicas.removed);
    }

    @Test
    void aStreamAnotherNodeTookOverClosesHereAndTheMessageIsNotRecordedOnIt() {
        RecordingSink sink = new RecordingSink();
        String get = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        replicas.refuse = true;
        assertFalse(registry.send(get, "late"));
        assertEquals(List.of(), registry.router().streamIds("session-1", StreamKind.SESSION));
        assertEquals(Routed.HELD, registry.router().deliver("session-1", "held for the next stream"));
    }

    @Test
    void anEventTheGridFailsToKeepIsKeptHereAndDelivered() {
        RecordingSink sink = new RecordingSink();
        String get = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        replicas.fail = true;
        assertTrue(registry.send(get, "a"));
        assertEquals(List.of(event(get, 1, "a")), sink.lines());
    }

    @Test
    void aResumeOfAStreamThisNodeDoesNotHoldTakesItOverFromWhatIsKept() {
        replicas.kept = Optional.of(new StreamReplicas.KeptStream("elsewhere", SCOPE,
                List.of(new StreamEvent(4, "d"), new StreamEvent(5, "e")), 5, "v1"));
        RecordingSink sink = new RecordingSink();
        assertEquals(new Resume.Resumed("elsewhere", 0), registry.resume(SCOPE, "elsewhere:4", sink));
        registry.router().deliver("session-1", "f");
        assertEquals(List.of(event("elsewhere", 5, "e"), event("elsewhere", 6, "f")), sink.lines());
        assertEquals(List.of("v1"), replicas.claimed);
        assertEquals(6, replicas.appended.get(0).event().seq());
    }

    @Test
    void aTakeoverInAnotherScopeIsForeignAndClaimsNothing() {
        replicas.kept = Optional.of(new StreamReplicas.KeptStream("elsewhere", new StreamScope("session-1", "bob"),
                List.of(new StreamEvent(1, "a")), 1, "v1"));
        assertInstanceOf(Resume.Foreign.class, registry.resume(SCOPE, "elsewhere:0", new RecordingSink()));
        assertEquals(List.of(), replicas.claimed);
    }

    @Test
    void aTakeoverAnotherNodeWonMeanwhileIsUnknownAndFreesItsSlot() {
        replicas.kept = Optional.of(new StreamReplicas.KeptStream("elsewhere", SCOPE, List.of(), 3, "v1"));
        replicas.refuse = true;
        RecordingSink sink = new RecordingSink();
        assertInstanceOf(Resume.Unknown.class, registry.resume(SCOPE, "elsewhere:3", sink));
        assertEquals(List.of(), sink.lines());
        assertEquals(0, registry.stats().open());
    }

    @Test
    void aTakeoverBeyondTheSessionsShareIsUnknownAndLeavesWhatIsKeptForALaterResume() {
        StreamRegistry onePerSession = new StreamRegistry(Limits.defaults().set(ConfigKeys.STREAMS_MAX_PER_SESSION, 1).build(),
                AdjustableClock.frozen(), Runnable::run);
        onePerSession.replicate(replicas);
        onePerSession.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        replicas.kept = Optional.of(new StreamReplicas.KeptStream("elsewhere", SCOPE, List.of(), 3, "v1"));
        assertInstanceOf(Resume.Unknown.class, onePerSession.resume(SCOPE, "elsewhere:3", new RecordingSink()));
        assertEquals(List.of("elsewhere"), replicas.released);
        assertEquals(1, onePerSession.stats().open());
    }

    /** Records what the registry tells it; refuses or fails when told to. */
    private static final class Recording implements StreamReplicas {
        final List<Appended> appended = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<String> claimed = new ArrayList<>();
        final List<String> released = new ArrayList<>();
        Optional<KeptStream> kept = Optional.empty();
        boolean refuse;
        boolean fail;

        @Override
        public boolean append(Appended event) {
            if (fail) {
                throw new IllegalStateException("the grid failed");
            }
            appended.add(event);
            return !refuse;
        }

        @Override
        public Optional<KeptStream> find(String streamId) {
            return kept.filter(stream -> stream.streamId().equals(streamId));
        }

        @Override
        public Optional<KeptStream> claim(KeptStream stream) {
            if (refuse) {
                return Optional.empty();
            }
            claimed.add(stream.version());
            return Optional.of(stream);
        }

        @Override
        public void release(String streamId) {
            released.add(streamId);
        }

        @Override
        public void remove(String streamId) {
            removed.add(streamId);
        }
    }
}
