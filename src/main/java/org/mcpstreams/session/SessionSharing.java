package org.mcpstreams.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the sessions of this node are shared beyond it: the seam between one node and a cluster.
 * {@link #none()} shares nothing (each session lives on the node that made it, as on one server);
 * {@link #over(SessionMap)} keeps each session's record in a cluster-wide map, so that any node
 * serves any session, an end on one node ends it on all, and idle expiry counts the last use on any
 * node. Only sessions are shared here: a session's streams, its pending requests to the client, its
 * running calls and its subscriptions stay on the node that holds them (the cluster's router
 * carries messages and answers to that node).
 *
 * <p>{@link SessionStore} calls it; implementations are thread-safe.
 */
public interface SessionSharing {

    /** Nothing shared: the single-node behaviour. */
    static SessionSharing none() {
        return NoSharing.INSTANCE;
    }

    /** Sessions shared through {@code map}, which every node of the cluster reads and writes. */
    static SessionSharing over(SessionMap map) {
        return new SharedSessions(map);
    }

    /** Makes a session this node just created known to the others. */
    void created(Session session);

    /** A session another node made, rebuilt here from its shared record; empty when no node knows it. */
    Optional<Session> find(String id);

    /**
     * Brings a local session up to date with its shared record and records its use at
     * {@code nowMillis} for the other nodes.
     *
     * @return false when the session has ended on another node
     */
    boolean used(Session session, long nowMillis);

    /**
     * Decides, for a session this node finds due to expire, whether it ends: on a cluster, it may
     * have been used or initialized on another node since, and then it is brought up to date and
     * lives on; if still due by {@code due}, its shared record is removed.
     *
     * @return true when the session has ended, here or on another node
     */
    boolean expire(Session session, Predicate<Session> due);

    /** Shares that the session's client sent {@code notifications/initialized}. */
    void initialized(Session session);

    /** Shares the log level {@code logging/setLevel} sets for the session, before it is set locally. */
    void logLevel(Session session, String level);

    /** Ends the session on every node. */
    void ended(String id);

    /** The ids of sessions that ended since the last call, possibly on another node; never null. */
    List<String> endedElsewhere();
}
