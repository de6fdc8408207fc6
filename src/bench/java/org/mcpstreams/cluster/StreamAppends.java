package org.mcpstreams.cluster;

import org.mcpstreams.stream.StreamEvent;
import org.mcpstreams.stream.StreamReplicas.Appended;
import org.mcpstreams.stream.StreamScope;

/**
 * Appends events to a replay map as a member does: through {@link ClusterReplicas}, to a few
 * streams in turn, each keeping as many events as the product's buffer would, so that once every
 * stream is full an append sets the head, sets the event and deletes the oldest. Used by one thread.
 */
final class StreamAppends {

    private final ClusterReplicas replicas;
    private final String data;
    private final int keep;
    private final String[] streams;
    private final StreamScope[] scopes;
    private final long[] seqs;
    private int next;

    /**
     * @param prefix makes the streams' ids unique in the map
     * @param keep events a stream keeps, its oldest dropped beyond
     */
    StreamAppends(ReplicaMap map, String prefix, int streams, int keep, String data) {
        this.replicas = new ClusterReplicas(map, "bench-member");
        this.data = data;
        this.keep = keep;
        this.streams = new String[streams];
        this.scopes = new StreamScope[streams];
        this.seqs = new long[streams];
        for (int i = 0; i < streams; i++) {
            this.streams[i] = prefix + "-stream-" + i;
            this.scopes[i] = new StreamScope(prefix + "-session-" + i, null);
        }
    }

    /** Appends each stream's events until it is full, so that every later append drops one. */
    void fill() {
        for (int i = 0; i < streams.length * keep; i++) {
            append();
        }
    }

    /** One event appended to the next stream. */
    void append() {
        int stream = next;
        next = (next + 1) % streams.length;
        long seq = ++seqs[stream];
        Appended appended = new Appended(streams[stream], scopes[stream], new StreamEvent(seq, data),
                Math.max(1, seq - keep + 1));
        if (!replicas.append(appended)) {
            throw new IllegalStateException("the replay map refused an append to " + streams[stream]);
        }
    }
}
