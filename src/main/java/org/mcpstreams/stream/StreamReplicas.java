package org.mcpstreams.stream;

import java.util.List;
import java.util.Optional;

/**
 * Where the events of session GET streams are kept beyond this node, so that a client whose node
 * died resumes on another. {@link StreamRegistry} calls it when it appends to a session stream (in
 * the stream's order, one append at a time per stream, before the append returns) and when a
 * resume names a stream this node does not hold; it is {@link #NONE} on a single node. Cluster
 * mode plugs in one that keeps them in the data grid. Implementations must be thread-safe and may
 * block briefly; the registry calls them outside every lock but a stream's own replication lock.
 */
public interface StreamReplicas {

    /** Keeps nothing anywhere: the single-node behaviour. */
    StreamReplicas NONE = new StreamReplicas() {
        @Override
        public boolean append(Appended appended) {
            return true;
        }

        @Override
        public Optional<KeptStream> find(String streamId) {
            return Optional.empty();
        }

        @Override
        public Optional<KeptStream> claim(KeptStream kept) {
            return Optional.empty();
        }

        @Override
        public void release(String streamId) {
        }

        @Override
        public void remove(String streamId) {
        }
    };

    /**
     * Keeps an event a session stream of this node accepted, and forgets the ones its buffer
     * evicted to make room, so that what is kept is bounded as the buffer is.
     *
     * @return false when another node has taken the stream over ({@link #claim}): this node's copy
     *     is stale and nothing was kept
     * @throws RuntimeException when the event could not be kept (the grid failed)
     */
    boolean append(Appended appended);

    /** The kept events of a stream no node of this one holds; empty when none are kept. */
    Optional<KeptStream> find(String streamId);

    /**
     * Makes this node the one that keeps {@code kept}'s stream from now on: the node that held it,
     * if alive, is refused its next append. That node may have appended since {@link #find}; what
     * is kept is read again as claimed.
     *
     * @return what is kept of the stream as this node claimed it; empty when the stream went, or
     *     another node took it over meanwhile (nothing taken)
     */
    Optional<KeptStream> claim(KeptStream kept);

    /** This node no longer keeps a stream it claimed, and leaves what is kept of it for another node to take over. */
    void release(String streamId);

    /** Forgets what is kept of a stream this node holds: it ended for good. */
    void remove(String streamId);

    /**
     * One event accepted on a session stream.
     *
     * @param streamId the stream
     * @param scope whom the stream belongs to, for a resume elsewhere
     * @param event the event, numbered
     * @param oldestKept the oldest sequence number the stream's buffer keeps now: those below are evicted
     */
    record Appended(String streamId, StreamScope scope, StreamEvent event, long oldestKept) {
    }

    /**
     * What is kept of a stream, for a resume on this node.
     *
     * @param streamId the stream
     * @param scope whom it belongs to: a resume in another scope is refused
     * @param events its kept events, oldest first, each once
     * @param lastSeq the last sequence number given on it; new events are numbered after it
     * @param version the state of what is kept this was read at, for {@link #claim}; opaque
     */
    record KeptStream(String streamId, StreamScope scope, List<StreamEvent> events, long lastSeq,
            String version) {
        public KeptStream {
            events = List.copyOf(events);
        }
    }
}
