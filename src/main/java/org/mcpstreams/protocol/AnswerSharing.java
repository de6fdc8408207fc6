package org.mcpstreams.protocol;

import java.util.function.BiConsumer;

/**
 * Where a client's answer to a request this server sent goes when no request on this node waits
 * for it: the seam between one node and a cluster. {@link #none()} keeps every answer on the node
 * that took it (as on one server); in cluster mode, an answer POSTed to one node is offered to the
 * others, and the node whose request waits for it takes it. {@link PendingClientRequests} calls it;
 * implementations are thread-safe.
 */
public interface AnswerSharing {

    /** Nothing shared: the single-node behaviour. */
    static AnswerSharing none() {
        return NoAnswerSharing.INSTANCE;
    }

    /**
     * What makes the ids of this node's requests to clients unique among the nodes, so that an
     * answer completes only the request it answers: put after the {@code s} of each id. Empty on a
     * single node (the ids are then {@code s1}, {@code s2}, ...).
     */
    String idTag();

    /**
     * Offers an answer no request on this node waits for to the other nodes.
     *
     * @param answer the client's response or error response, serialized
     * @return false when there is no other node to offer it to
     */
    boolean share(String sessionId, String answer);

    /**
     * Where the answers other nodes offer arrive, as the session's id and the serialized answer;
     * set once, at start-up. It may be called on a thread of the cluster: it must return at once.
     */
    void takeWith(BiConsumer<String, String> taker);
}
