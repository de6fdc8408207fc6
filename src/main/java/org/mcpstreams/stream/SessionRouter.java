package org.mcpstreams.stream;

/**
 * The seam through which every session-wide message reaches the streams of its session.
 * {@link LocalSessionRouter} is the implementation for sessions on this node; an implementation
 * that spans cluster nodes replaces it (as a CDI alternative) and hands local sessions to it.
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
