package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.Resume;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamScope;
import org.mcpstreams.testsupport.RecordingSink;

/** A client whose node died resumes its session's GET stream on another node: every kept event once, in order, then live ones. */
class ReplayAcrossNodesTest {

    private final InMemoryCluster cluster = new InMemoryCluster();
    private final Node node1 = new Node(cluster, "node-1");
    private final Node node2 = new Node(cluster, "node-2");

    @Test
    void aClientWhoseNodeDiedResumesOnAnotherWithTheEventsAfterItsLastThenLiveOnes() {
        RecordingSink before = new RecordingSink();
        String get = node2.openGet("session-1", before);
        for (String message : List.of("m1", "m2", "m3", "m4")) {
            assertEquals(Routed.FORWARDED, node1.router.deliver("session-1", message));
        }
        cluster.leave("node-2");
        RecordingSink after = new RecordingSink();
        assertEquals(new Resume.Resumed(get, 0), node1.resumeGet("session-1", get + ":2", after));
        assertEquals(Routed.LIVE, node1.router.deliver("session-1", "m5"));
        assertEquals(List.of(event(get, 3, "m3"), event(get, 4, "m4"), event(get, 5, "m5")), after.lines());
    }

    @Test
    void theStreamTakenOverIsKeptInTurnForAResumeOnAThirdNode() {
        Node node3 = new Node(cluster, "node-3");
        String get = node2.openGet("session-1", new RecordingSink());
        node2.router.deliver("session-1", "m1");
        cluster.leave("node-2");
        node1.resumeGet("session-1", get + ":1", new RecordingSink());
        node1.router.deliver("session-1", "m2");
        cluster.leave("node-1");
        RecordingSink third = new RecordingSink();
        assertEquals(new Resume.Resumed(get, 0), node3.resumeGet("session-1", get + ":0", third));
        assertEquals(List.of(event(get, 1, "m1"), event(get, 2, "m2")), third.lines());
    }

    @Test
    void theEventsKeptAreBoundedAsTheStreamsBuffer() {
        StreamLimits three = StreamLimits.from(key -> key.equals(ConfigKeys.STREAMS_BUFFER_EVENTS.name())
                ? Optional.of("3") : Optional.empty());
        Node small = new Node(cluster, "node-3", three);
        String get = small.openGet("session-1", new RecordingSink());
        for (String message : List.of("m1", "m2", "m3", "m4", "m5")) {
            small.router.deliver("session-1", message);
        }
        Map<String, String> kept = cluster.replicas().entries();
        assertEquals(List.of(get, get + ":3", get + ":4", get + ":5"), List.copyOf(kept.keySet()));
        assertEquals("node-3\n3\n5\nsession-1\n-", kept.get(get));
    }

    @Test
    void aClientBehindTheKeptEventsIsToldHowManyItMissed() {
        StreamLimits two = StreamLimits.from(key -> key.equals(ConfigKeys.STREAMS_BUFFER_EVENTS.name())
                ? Optional.of("2") : Optional.empty());
        Node small = new Node(cluster, "node-3", two);
        String get = small.openGet("session-1", new RecordingSink());
        for (String message : List.of("m1", "m2", "m3", "m4")) {
            small.router.deliver("session-1", message);
        }
        cluster.leave("node-3");
        RecordingSink after = new RecordingSink();
        assertEquals(new Resume.Resumed(get, 2), node1.resumeGet("session-1", get + ":0", after));
        assertEquals(List.of(event(get, 3, "m3"), event(get, 4, "m4")), after.lines());
    }

    @Test
    void aResumeForAnotherSessionIsRefusedAndLeavesTheStreamWithItsNode() {
        String get = node2.openGet("session-1", new RecordingSink());
        node2.router.deliver("session-1", "m1");
        RecordingSink intruder = new RecordingSink();
        assertInstanceOf(Resume.Foreign.class,
                node1.registry.resume(new StreamScope("session-2", null), get + ":0", intruder));
        assertEquals(List.of(), intruder.lines());
        assertEquals(Routed.LIVE, node2.router.deliver("session-1", "m2"));
        assertTrue(cluster.replicas().entries().containsKey(get + ":2"));
    }

    @Test
    void aTakeoverBeyondTheSessionsShareLeavesTheKeptEventsForALaterResume() {
        StreamLimits onePerSession = StreamLimits.from(key -> key.equals(ConfigKeys.STREAMS_MAX_PER_SESSION.name())
                ? Optional.of("1") : Optional.empty());
        Node full = new Node(cluster, "node-3", onePerSession);
        String get = node2.openGet("session-1", new RecordingSink());
        node2.router.deliver("session-1", "m1");
        cluster.leave("node-2");
        full.openGet("session-1", new RecordingSink());
        assertInstanceOf(Resume.Unknown.class, full.resumeGet("session-1", get + ":0", new RecordingSink()));
        RecordingSink later = new RecordingSink();
        assertEquals(new Resume.Resumed(get, 0), node1.resumeGet("session-1", get + ":0", later));
        assertEquals(List.of(event(get, 1, "m1")), later.lines());
    }

    @Test
    void aStreamNoNodeKeepsIsUnknown() {
        assertInstanceOf(Resume.Unknown.class, node1.resumeGet("session-1", "nosuchstream:3", new RecordingSink()));
    }

    @Test
    void theNodeWhoseStreamWasTakenOverWhileItLivedClosesItAndWhatItAppendsLateIsNeverReplayed() {
        RecordingSink old = new RecordingSink();
        String get = node2.openGet("session-1", old);
        node2.router.deliver("session-1", "m1");
        RecordingSink resumed = new RecordingSink();
        node1.resumeGet("session-1", get + ":1", resumed);
        assertFalse(node2.registry.send(get, "late"));
        assertEquals(List.of(), node2.local.streamIds("session-1", StreamKind.SESSION));
        assertEquals(Routed.FORWARDED, node2.router.deliver("session-1", "m2"));
        assertEquals(List.of(event(get, 2, "m2")), resumed.lines());
        assertEquals("m2", cluster.replicas().entries().get(get + ":2"), "the late event lay past the head, then was replaced");
    }

    @Test
    void aStreamClosedForGoodIsNoLongerKept() {
        String get = node2.openGet("session-1", new RecordingSink());
        node2.router.deliver("session-1", "m1");
        node2.registry.close(get);
        assertEquals(Map.of(), cluster.replicas().entries());
    }

    @Test
    void aRequestStreamKeepsNothingBeyondItsNode() {
        String post = node2.openPost("session-1", new RecordingSink());
        node2.registry.send(post, "progress");
        assertEquals(Map.of(), cluster.replicas().entries());
    }
}
