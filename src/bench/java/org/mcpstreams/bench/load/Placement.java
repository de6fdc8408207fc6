package org.mcpstreams.bench.load;

import java.util.List;

/**
 * Where one client talks to: the node it initializes its session on, and the node it opens (and
 * resumes) its GET stream on, each with its requests. On one server both are that server; on
 * several nodes, client i initializes on node i mod k and streams on node (i + 1) mod k, so that
 * every session uses two nodes and its messages are routed between them.
 */
record Placement(int initializeNode, Requests initialize, int streamNode, Requests stream) {

    static Placement of(int client, List<Requests> nodes) {
        int first = client % nodes.size();
        int second = (client + 1) % nodes.size();
        return new Placement(first, nodes.get(first), second, nodes.get(second));
    }

    /** Whether the stream is on another node than the session's initialization. */
    boolean split() {
        return initializeNode != streamNode;
    }
}
