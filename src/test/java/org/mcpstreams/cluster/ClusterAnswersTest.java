package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's answer that no request waits for on the node that took it is offered to every other node once. */
class ClusterAnswersTest {

    private final InMemoryCluster cluster = new InMemoryCluster();

    @Test
    void anAnswerIsOfferedToEveryOtherNodeButNotBackToItsOwn() {
        Node node1 = new Node(cluster, "node-1");
        Node node2 = new Node(cluster, "node-2");
        Node node3 = new Node(cluster, "node-3");
        List<String> taken = new ArrayList<>();
        node1.answers.takeWith((session, answer) -> taken.add("node-1 " + session + " " + answer));
        node2.answers.takeWith((session, answer) -> taken.add("node-2 " + session + " " + answer));
        node3.answers.takeWith((session, answer) -> taken.add("node-3 " + session + " " + answer));
        assertTrue(node1.answers.share("session-1", "{\"id\":\"s1\"}"));
        assertEquals(List.of("node-2 session-1 {\"id\":\"s1\"}", "node-3 session-1 {\"id\":\"s1\"}"),
                taken.stream().sorted().toList());
    }

    @Test
    void aNodeAloneHasNoOneToOfferAnAnswerTo() {
        Node alone = new Node(cluster, "node-1");
        assertFalse(alone.answers.share("session-1", "{}"));
        assertEquals(List.of(), cluster.told());
    }

    @Test
    void eachNodesRequestIdsCarryItsOwnTag() {
        assertEquals("node1-", new Node(cluster, "node-1").answers.idTag());
        assertEquals("node2-", new Node(cluster, "node-2").answers.idTag());
    }
}
