package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.stream.StreamEvent;
import org.mcpstreams.stream.StreamReplicas.Appended;
import org.mcpstreams.stream.StreamReplicas.KeptStream;
import org.mcpstreams.stream.StreamScope;

/** A takeover claims a stream whose holder still appends to it with every event it appended, and only once. */
class ClusterReplicasTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final InMemoryReplicaMap map = new InMemoryReplicaMap();
    private final ClusterReplicas holder = new ClusterReplicas(map, "node-2");
    private final ClusterReplicas taker = new ClusterReplicas(map, "node-1");

    @Test
    void aClaimWhileTheHolderGoesOnAppendingTakesTheStreamWithEveryEventItAppended() {
        assertTrue(holder.append(new Appended("s", SCOPE, new StreamEvent(1, "a"), 1)));
        KeptStream found = taker.find("s").orElseThrow();
        assertTrue(holder.append(new Appended("s", SCOPE, new StreamEvent(2, "b"), 1)));

        KeptStream claimed = taker.claim(found).orElseThrow();

        assertEquals(List.of(new StreamEvent(1, "a"), new StreamEvent(2, "b")), claimed.events());
        assertEquals(2, claimed.lastSeq());
        assertFalse(holder.append(new Appended("s", SCOPE, new StreamEvent(3, "c"), 1)), "the holder is refused");
        assertEquals(List.of(new StreamEvent(1, "a"), new StreamEvent(2, "b")), taker.find("s").orElseThrow().events(),
                "what it appended once refused is not kept");
    }

    @Test
    void aClaimOfAStreamAnotherNodeTookOverMeanwhileIsRefused() {
        holder.append(new Appended("s", SCOPE, new StreamEvent(1, "a"), 1));
        KeptStream found = taker.find("s").orElseThrow();
        assertTrue(new ClusterReplicas(map, "node-3").claim(found).isPresent());

        assertEquals(Optional.empty(), taker.claim(found));
    }

    @Test
    void everyEventAHeadNamesIsInTheMapWhenTheHeadIs() {
        holder.append(new Appended("s", SCOPE, new StreamEvent(1, "a"), 1));
        holder.append(new Appended("s", SCOPE, new StreamEvent(2, "b"), 2));
        assertEquals(List.of(new StreamEvent(2, "b")), taker.find("s").orElseThrow().events());
        assertFalse(map.entries().containsKey("s:1"), "evicted");
    }
}
