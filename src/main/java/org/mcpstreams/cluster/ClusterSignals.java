package org.mcpstreams.cluster;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.protocol.PeerSignal;
import org.mcpstreams.protocol.PeerSignals;

/**
 * The {@link PeerSignals} of cluster mode: a signal is told to every other member through the
 * grid, and one another member told is handed to each taker here on {@code thread}, one thread of
 * the application, so that the grid's own thread never waits for them and the signals of each
 * member are taken in the order it told them. Thread-safe: takers go to a copy-on-write list.
 */
final class ClusterSignals implements PeerSignals {

    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());
    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(LOG);

    private final RoutingGrid grid;
    private final Executor thread;
    private final List<Consumer<PeerSignal>> takers = new CopyOnWriteArrayList<>();

    /** @param thread where signals are taken: one thread, for their order */
    ClusterSignals(RoutingGrid grid, Executor thread) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.thread = Objects.requireNonNull(thread, "thread");
    }

    @Override
    public void tell(PeerSignal signal) {
        try {
            if (grid.hasOthers()) {
                grid.tellOthers(new Forward.Signal(signal.toText()));
            }
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The other members did not hear a " + signal.getClass().getSimpleName() + ": " + unreachable);
        }
    }

    @Override
    public void takeWith(Consumer<PeerSignal> taker) {
        takers.add(Objects.requireNonNull(taker, "taker"));
    }

    /** A signal another member told: for each taker, on this member's signal thread. Never throws. */
    void take(Forward.Signal told) {
        try {
            thread.execute(() -> hand(told));
        } catch (RejectedExecutionException stopping) {
            WARNINGS.log(() -> "Dropped a signal another member told: the application is stopping");
        }
    }

    private void hand(Forward.Signal told) {
        PeerSignal signal;
        try {
            signal = PeerSignal.parse(told.text());
        } catch (IllegalArgumentException unreadable) {
            WARNINGS.log(() -> "Ignored a signal another member told: " + unreadable.getMessage());
            return;
        }
        for (Consumer<PeerSignal> taker : takers) {
            try {
                taker.accept(signal);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not take a " + signal.getClass().getSimpleName() + " another member told",
                        failed);
            }
        }
    }
}
