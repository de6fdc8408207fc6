package org.mcpstreams.cluster;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.stream.LocalSessionRouter;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.SessionRouter;
import org.mcpstreams.stream.StreamPresence;

/**
 * The {@link SessionRouter} of cluster mode: a session-wide message goes to the session's GET
 * stream on whichever member holds it. The grid records, per session, the member whose GET stream
 * opened (or resumed) last; a message for a session held here goes to the {@link LocalSessionRouter},
 * one for a session held by another member is told to that member, whose router takes it. With
 * no stream on any member, the message is held on the member that sends it, and handed to the
 * member whose GET stream opens next. A broadcast goes to the sessions held here and is told once
 * to each other member, which delivers it to the sessions it holds: each session gets it once.
 *
 * <p>Thread-safe: the sessions held here are a concurrent set, changed only by this member's own
 * streams opening and closing and by other members telling that a stream opened or closed there;
 * the grid and the local router are thread-safe. Two GET streams of one session opening on two
 * members within the same moment may leave both, or neither, taking its broadcasts until the
 * next opens or closes: the record in the grid, which decides where messages go, names one.
 */
final class ClusterSessionRouter implements SessionRouter, StreamPresence {

    private static final Logger LOG = Logger.getLogger(ClusterSessionRouter.class.getName());
    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(LOG);

    private final LocalSessionRouter local;
    private final RoutingGrid grid;
    /** The sessions whose GET stream this member holds, as the grid records: they need no look-up. */
    private final Set<String> holding = ConcurrentHashMap.newKeySet();

    ClusterSessionRouter(LocalSessionRouter local, RoutingGrid grid) {
        this.local = Objects.requireNonNull(local, "local");
        this.grid = Objects.requireNonNull(grid, "grid");
    }

    /**
     * Routes a message to the session's GET stream on the member that holds it.
     *
     * @return {@link Routed#FORWARDED} when another member holds it; else where the local router put it
     * @throws org.mcpstreams.stream.MessageTooLargeException when the message is larger than a stream's buffer
     */
    @Override
    public Routed deliver(String sessionId, String message) {
        Objects.requireNonNull(message, "message");
        if (holding.contains(sessionId)) {
            return deliverHere(sessionId, message);
        }
        local.checkSize(message);
        try {
            Optional<String> holder = grid.holder(sessionId);
            if (holder.isPresent() && !holder.get().equals(grid.self())) {
                grid.tell(holder.get(), new Forward.Deliver(sessionId, message));
                return Routed.FORWARDED;
            }
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not route a message, kept here for session " + sessionId + ": "
                    + unreachable);
        }
        return deliverHere(sessionId, message);
    }

    /**
     * Delivers to the session's GET stream here; a message held because none is here (none was, or
     * another member took the stream over meanwhile) goes to the member whose stream opened since,
     * should its news have come already: they would find nothing held to hand over.
     */
    private Routed deliverHere(String sessionId, String message) {
        Routed routed = local.deliver(sessionId, message);
        if (routed == Routed.HELD) {
            handOverIfHeldElsewhere(sessionId);
        }
        return routed;
    }

    /**
     * Delivers a message to the sessions whose GET stream this member holds, and holds it for
     * those this member knows whose GET stream no member holds, as one server would; and tells
     * every other member to deliver it to the sessions whose GET stream it holds.
     *
     * @return how many sessions of this member it went to or is held for; the other members count theirs
     */
    @Override
    public int broadcast(String message) {
        local.checkSize(Objects.requireNonNull(message, "message"));
        try {
            grid.tellOthers(new Forward.Broadcast(message));
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not pass a broadcast on to the other members: " + unreachable);
        }
        return local.broadcast(message, this::broadcastsHere);
    }

    /**
     * Whether a broadcast sent on this member goes to a session this member knows: one whose GET
     * stream it holds, or one whose GET stream no member holds (held here, then handed to the member
     * where one opens). Not one with a GET stream elsewhere: that member delivers it.
     */
    private boolean broadcastsHere(String sessionId) {
        if (holding.contains(sessionId)) {
            return true;
        }
        if (local.hasSessionStream(sessionId)) {
            return false; // an older GET stream here: the session's newest is on another member
        }
        try {
            return grid.holder(sessionId).isEmpty();
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not say where session " + sessionId + " has its GET stream: "
                    + "a broadcast is not held for it; " + unreachable);
            return false;
        }
    }

    /** A GET stream of the session opened or resumed here: this member holds it from now on. */
    @Override
    public void opened(String sessionId) {
        holding.add(sessionId);
        try {
            grid.hold(sessionId);
            grid.tellOthers(new Forward.StreamOpened(sessionId, grid.self()));
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not record the GET stream of session " + sessionId
                    + " here: only messages sent on this node reach it; " + unreachable);
        }
    }

    /**
     * The session's last GET stream here closed: its record goes, unless it names another member,
     * and the other members hear of it, so that one still holding an older GET stream of the
     * session records it again.
     */
    @Override
    public void closed(String sessionId) {
        holding.remove(sessionId);
        try {
            grid.release(sessionId);
        } catch (RuntimeException unreachable) {
            // its record goes when this member leaves the cluster, and is overwritten by the next stream's
            WARNINGS.log(() -> "The cluster kept the record of a closed GET stream of session " + sessionId + ": "
                    + unreachable);
        }
        if (local.hasSessionStream(sessionId)) {
            // one opened here meanwhile, and its record may have gone with this one
            opened(sessionId);
            return;
        }
        try {
            grid.tellOthers(new Forward.StreamClosed(sessionId));
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not hear that a GET stream of session " + sessionId + " closed: "
                    + unreachable);
        }
    }

    /** Takes what another member tells about routing: never throws, as it runs on the grid's thread. */
    void take(Forward forward) {
        try {
            if (forward instanceof Forward.Deliver deliver) {
                deliverHere(deliver.sessionId(), deliver.message());
            } else if (forward instanceof Forward.Broadcast broadcast) {
                local.broadcast(broadcast.message(), holding::contains);
            } else if (forward instanceof Forward.StreamOpened opened && !opened.member().equals(grid.self())) {
                supersede(opened.sessionId());
                handOver(opened.sessionId(), opened.member());
            } else if (forward instanceof Forward.StreamClosed closed && local.hasSessionStream(closed.sessionId())
                    && grid.holder(closed.sessionId()).isEmpty()) {
                // the newer GET stream on another member closed: this older one takes the session's messages again
                opened(closed.sessionId());
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not route a message another member handed over", failed);
        }
    }

    /** Whether this member holds the session's GET stream, as far as it knows. */
    boolean holds(String sessionId) {
        return holding.contains(sessionId);
    }

    /**
     * Another member's GET stream of the session opened: this member no longer holds the session,
     * unless the record names it still, its own stream having opened after the other one.
     */
    private void supersede(String sessionId) {
        if (holding.contains(sessionId) && !grid.holder(sessionId).filter(grid.self()::equals).isPresent()) {
            holding.remove(sessionId);
        }
    }

    private void handOverIfHeldElsewhere(String sessionId) {
        try {
            grid.holder(sessionId).filter(member -> !member.equals(grid.self()))
                    .ifPresent(member -> handOver(sessionId, member));
        } catch (RuntimeException unreachable) {
            WARNINGS.log(() -> "The cluster did not say where session " + sessionId + " has its GET stream: " + unreachable);
        }
    }

    /** Sends what is held here for a session to the member where its GET stream opened, in order. */
    private void handOver(String sessionId, String member) {
        for (String message : local.takeHeld(sessionId)) {
            grid.tell(member, new Forward.Deliver(sessionId, message));
        }
    }
}
