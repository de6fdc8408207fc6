package org.mcpstreams.stream;

/**
 * The seam through which every session-wide message reaches the streams of its session.
 * {@link LocalSessionRouter} is the implementation for sessions on this node; in cluster mode the
 * container's {@code SessionRouter} bean is instead one that spans the nodes (in the cluster
 * package), which hands the sessions whose GET stream is on this node to the local router and
 * forwards the others to the node that holds their stream. There is exactly one such bean.
 */
public interface SessionRouter {

    /** Routes a serialized JSON-RPC message to exactly one stream of the session. */
    Routed deliver(String sessionId, String message);

    /**
     * Routes a serialized JSON-RPC message to every session, one stream each.
     *
     * @return the number of sessions it was routed to
     */
    int broadcast(String message);
}
