package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.protocol.PeerSignal;

/** A signal told on one node reaches every taker of every other node once, and none of its own. */
class ClusterSignalsTest {

    private final InMemoryCluster cluster = new InMemoryCluster();

    @Test
    void aSignalReachesEachTakerOfTheOtherNodesOnce() {
        Node node1 = new Node(cluster, "node-1");
        Node node2 = new Node(cluster, "node-2");
        Node node3 = new Node(cluster, "node-3");
        List<String> taken = new ArrayList<>();
        node1.signals.takeWith(signal -> taken.add("node-1 " + signal));
        node2.signals.takeWith(signal -> taken.add("node-2 " + signal));
        node3.signals.takeWith(signal -> taken.add("node-3 a " + signal));
        node3.signals.takeWith(signal -> taken.add("node-3 b " + signal));

        node1.signals.tell(new PeerSignal.ResourceUpdated("file:///a"));

        String signal = new PeerSignal.ResourceUpdated("file:///a").toString();
        assertEquals(List.of("node-2 " + signal, "node-3 a " + signal, "node-3 b " + signal), taken.stream().sorted().toList());
    }

    @Test
    void aNodeAloneTellsNoOne() {
        new Node(cluster, "node-1").signals.tell(new PeerSignal.ResourceUpdated("file:///a"));
        assertEquals(List.of(), cluster.told());
    }

    @Test
    void aTakerThatFailsKeepsTheOthersFromNothing() {
        Node node1 = new Node(cluster, "node-1");
        Node node2 = new Node(cluster, "node-2");
        List<PeerSignal> taken = new ArrayList<>();
        node2.signals.takeWith(signal -> {
            throw new IllegalStateException("a failing taker");
        });
        node2.signals.takeWith(taken::add);
        node1.signals.tell(new PeerSignal.Unsubscribed("session-1", "file:///a"));
        assertEquals(List.of(new PeerSignal.Unsubscribed("session-1", "file:///a")), taken);
    }
}
