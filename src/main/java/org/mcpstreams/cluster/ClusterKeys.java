package org.mcpstreams.cluster;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.mcpstreams.input.SharedKeys;

/**
 * The {@link SharedKeys} of cluster mode: keys kept, Base64-encoded, in a map of the data grid
 * that never drops them; the first member to ask for a key puts the one it made, every member
 * then reads that one. Thread-safe, as the map is.
 */
final class ClusterKeys implements SharedKeys {

    /** The map's name in the cluster: the same on every node of the application. */
    static final String NAME = "mcp-streams.keys";

    private final ReplicaMap map;

    ClusterKeys(ReplicaMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /** @throws IllegalStateException when the map lost the key between two reads (it was destroyed) */
    @Override
    public Optional<byte[]> agree(String name, Supplier<byte[]> make) {
        String kept = map.get(name);
        if (kept == null) {
            String mine = Base64.getEncoder().encodeToString(make.get());
            kept = map.putIfAbsent(name, mine) ? mine : map.get(name);
        }
        if (kept == null) {
            throw new IllegalStateException("The cluster map " + NAME + " lost the key " + name);
        }
        return Optional.of(Base64.getDecoder().decode(kept));
    }
}
