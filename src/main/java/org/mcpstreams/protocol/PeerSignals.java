package org.mcpstreams.protocol;

import java.util.function.Consumer;

/**
 * Where a node tells the other nodes of a cluster a {@link PeerSignal}, and hears theirs: the seam
 * between one node and a cluster for the protocol's own state (running calls, subscriptions,
 * listen streams). {@link #none()} is one node, which tells no one. Implementations are thread-safe.
 */
public interface PeerSignals {

    /** One node: nothing is told, nothing heard. */
    static PeerSignals none() {
        return NoPeerSignals.INSTANCE;
    }

    /** Tells every other node once; nothing when there is none. Never throws for a cluster that cannot be reached. */
    void tell(PeerSignal signal);

    /**
     * Adds a taker of the signals other nodes tell ({@link PeerSignalIntake}, at start-up). Takers
     * run on one thread of the application, in the order each node told them.
     */
    void takeWith(Consumer<PeerSignal> taker);
}
