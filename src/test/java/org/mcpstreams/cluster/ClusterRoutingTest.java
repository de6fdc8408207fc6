package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.testsupport.RecordingSink;

/** Session-wide messages reach the session's GET stream on whichever node holds it, once. */
class ClusterRoutingTest {

    private final InMemoryCluster cluster = new InMemoryCluster();
    private final Node node1 = new Node(cluster, "node-1");
    private final Node node2 = new Node(cluster, "node-2");

    @Test
    void aMessageSentOnOneNodeReachesTheGetStreamOnTheOther() {
        RecordingSink sink = new RecordingSink();
        String get = node2.openGet("session-1", sink);
        assertEquals(Routed.FORWARDED, node1.router.deliver("session-1", "m1"));
        assertEquals(List.of(event(get, 1, "m1")), sink.lines());
    }

    @Test
    void aMessageForAGetStreamOnThisNodeStaysHereWithoutATellOrALookUp() {
        RecordingSink sink = new RecordingSink();
        String get = node1.openGet("session-1", sink);
        int told = cluster.told().size();
        assertEquals(Routed.LIVE, node1.router.deliver("session-1", "m1"));
        assertEquals(List.of(event(get, 1, "m1")), sink.lines());
        assertEquals(told, cluster.told().size());
    }

    @Test
    void theNodeAGetStreamOpensOnIsRecordedAndTheRecordGoesWhenItCloses() {
        String get = node2.openGet("session-1", new RecordingSink());
        assertEquals("node-2", cluster.holderOf("session-1"));
        node2.registry.close(get);
        assertNull(cluster.holderOf("session-1"));
        assertEquals(Routed.HELD, node1.router.deliver("session-1", "m1"));
    }

    @Test
    void messagesHeldBeforeAnyGetStreamGoInOrderToTheNodeWhereItOpens() {
        assertEquals(Routed.HELD, node1.router.deliver("session-1", "m1"));
        assertEquals(Routed.HELD, node1.router.deliver("session-1", "m2"));
        RecordingSink sink = new RecordingSink();
        String get = node2.openGet("session-1", sink);
        assertEquals(List.of(event(get, 1, "m1"), event(get, 2, "m2")), sink.lines());
        assertEquals(Routed.FORWARDED, node1.router.deliver("session-1", "m3"));
        assertEquals(event(get, 3, "m3"), sink.lines().get(2));
    }

    @Test
    void theNewestGetStreamTakesTheSessionsMessagesWhicheverNodeItOpensOn() {
        RecordingSink older = new RecordingSink();
        RecordingSink newer = new RecordingSink();
        node1.openGet("session-1", older);
        String get = node2.openGet("session-1", newer);
        assertEquals(Routed.FORWARDED, node1.router.deliver("session-1", "m1"));
        assertEquals(List.of(), older.lines());
        assertEquals(List.of(event(get, 1, "m1")), newer.lines());
    }

    @Test
    void theOlderGetStreamTakesTheSessionBackWhenTheNewerOneCloses() {
        RecordingSink older = new RecordingSink();
        String get1 = node1.openGet("session-1", older);
        String get2 = node2.openGet("session-1", new RecordingSink());
        assertFalse(node1.router.holds("session-1"));
        node2.registry.close(get2);
        assertEquals("node-1", cluster.holderOf("session-1"));
        assertTrue(node1.router.holds("session-1"));
        assertEquals(Routed.FORWARDED, node2.router.deliver("session-1", "m1"));
        assertEquals(0, node2.router.broadcast("everyone"));
        assertEquals(List.of(event(get1, 1, "m1"), event(get1, 2, "everyone")), older.lines());
    }

    @Test
    void aBroadcastReachesEverySessionOfEveryNodeOnce() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        RecordingSink post = new RecordingSink();
        String get1 = node1.openGet("session-1", first);
        String get2 = node2.openGet("session-2", second);
        node1.openPost("session-2", post);
        assertEquals(1, node1.router.broadcast("everyone"));
        assertEquals(List.of(event(get1, 1, "everyone")), first.lines());
        assertEquals(List.of(event(get2, 1, "everyone")), second.lines());
        assertEquals(List.of(), post.lines());
    }

    @Test
    void aBroadcastIsHeldForASessionWithNoGetStreamOnlyOnTheNodeThatSendsItUntilOneOpens() {
        node1.openPost("session-3", new RecordingSink());
        node2.openPost("session-3", new RecordingSink());
        assertEquals(1, node1.router.broadcast("everyone"));
        assertEquals(List.of("everyone"), node1.local.takeHeld("session-3"));
        assertEquals(List.of(), node2.local.takeHeld("session-3"));
        node1.router.broadcast("again");
        RecordingSink sink = new RecordingSink();
        String get = node2.openGet("session-3", sink);
        assertEquals(List.of(event(get, 1, "again")), sink.lines());
    }

    @Test
    void aBroadcastGoesOnceToASessionWithGetStreamsOnTwoNodes() {
        RecordingSink older = new RecordingSink();
        RecordingSink newer = new RecordingSink();
        node2.openGet("session-1", older);
        String get = node1.openGet("session-1", newer);
        assertEquals(0, node2.router.broadcast("everyone"));
        assertEquals(1, node1.router.broadcast("again"));
        assertEquals(List.of(), older.lines());
        assertEquals(List.of(event(get, 1, "everyone"), event(get, 2, "again")), newer.lines());
    }

    @Test
    void aNodeThatLeftNoLongerHoldsItsSessionsStreams() {
        node2.openGet("session-1", new RecordingSink());
        cluster.leave("node-2");
        assertNull(cluster.holderOf("session-1"));
        assertEquals(Routed.HELD, node1.router.deliver("session-1", "m1"));
    }

    @Test
    void aMessageForAnEndedSessionIsDroppedOnTheNodeHoldingItsStream() {
        RecordingSink sink = new RecordingSink();
        node2.openGet("session-1", sink);
        node2.local.closeSession("session-1");
        assertNull(cluster.holderOf("session-1"));
        assertEquals(Routed.DROPPED, node2.router.deliver("session-1", "m1"));
    }

    @Test
    void aResumedGetStreamTakesTheSessionBack() {
        RecordingSink first = new RecordingSink();
        String get1 = node1.openGet("session-1", first);
        node2.openGet("session-1", new RecordingSink());
        assertEquals("node-2", cluster.holderOf("session-1"));
        node1.registry.disconnect(get1);
        RecordingSink resumed = new RecordingSink();
        node1.resumeGet("session-1", get1 + ":0", resumed);
        assertEquals("node-1", cluster.holderOf("session-1"));
    }
}
