package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The members of a cluster agree on a key no one configured: the one the first to ask made. */
class ClusterKeysTest {

    @Test
    void everyMemberGetsTheKeyTheFirstOneMade() {
        InMemoryReplicaMap keys = new InMemoryReplicaMap();
        assertArrayEquals(new byte[] {1, 2, 3}, new ClusterKeys(keys).agree("request-state", () -> new byte[] {1, 2, 3})
                .orElseThrow());
        assertArrayEquals(new byte[] {1, 2, 3}, new ClusterKeys(keys).agree("request-state", () -> new byte[] {4, 5, 6})
                .orElseThrow());
        assertArrayEquals(new byte[] {7}, new ClusterKeys(keys).agree("another", () -> new byte[] {7}).orElseThrow());
    }
}
