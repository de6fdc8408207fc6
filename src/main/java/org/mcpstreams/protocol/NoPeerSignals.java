package org.mcpstreams.protocol;

import java.util.function.Consumer;

/** {@link PeerSignals#none()}: one node, with no one to tell and no one to hear. */
enum NoPeerSignals implements PeerSignals {
    INSTANCE;

    @Override
    public void tell(PeerSignal signal) {
        // no other node
    }

    @Override
    public void takeWith(Consumer<PeerSignal> taker) {
        // no other node tells anything
    }
}
