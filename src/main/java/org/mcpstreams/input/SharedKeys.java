package org.mcpstreams.input;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the nodes of a cluster agree on a secret that no one configured, such as the key that
 * signs request states: the first node to ask makes it, every node gets that one. {@link #none()}
 * is one node, which agrees with no one. Implementations are thread-safe.
 */
public interface SharedKeys {

    /** One node: nothing is shared, each caller makes its own key. */
    static SharedKeys none() {
        return (name, make) -> Optional.empty();
    }

    /**
     * The key called {@code name} that every node of the cluster uses, made by {@code make} on the
     * first node to ask; empty when there is no cluster to share it with.
     */
    Optional<byte[]> agree(String name, Supplier<byte[]> make);
}
