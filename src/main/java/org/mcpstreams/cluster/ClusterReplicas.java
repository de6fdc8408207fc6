package org.mcpstreams.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.StreamEvent;
import org.mcpstreams.stream.StreamReplicas;
import org.mcpstreams.stream.StreamScope;

/**
 * The {@link StreamReplicas} of cluster mode: each session GET stream's events in a {@link ReplicaMap}
 * (one synchronous backup), as many as its buffer keeps. A stream is a head, under its id, naming
 * the member that keeps it, its session and user and the range of its kept events, and one entry
 * per event, under the event's id ({@code <streamId>:<seq>}). An append sets the event, then the
 * head, by compare-and-set against the head this member wrote last (or only if there is none, for a
 * stream's first event), then removes the events its buffer evicted: a member whose stream another
 * member took over ({@link #claim}) is refused at its next append and keeps nothing more, and every
 * event a head names is in the map.
 * Thread-safe: the heads this member wrote are a concurrent map, and the registry appends to one
 * stream one event at a time.
 */
final class ClusterReplicas implements StreamReplicas {

    /** How often a claim is tried again while the member holding the stream goes on appending to it. */
    static final int CLAIM_ATTEMPTS = 50;

    private final ReplicaMap map;
    private final String self;
    /** The head this member wrote last, for each stream it keeps. */
    private final Map<String, String> heads = new ConcurrentHashMap<>();

    ClusterReplicas(ReplicaMap map, String self) {
        this.map = Objects.requireNonNull(map, "map");
        this.self = Objects.requireNonNull(self, "self");
    }

    @Override
    public boolean append(Appended appended) {
        String streamId = appended.streamId();
        String previous = heads.get(streamId);
        long seq = appended.event().seq();
        String next = new Head(self, appended.oldestKept(), seq, appended.scope()).toText();
        // the event first: a head read anywhere names only events that are in the map
        map.set(new EventId(streamId, seq).toString(), appended.event().data());
        boolean kept = previous == null ? map.putIfAbsent(streamId, next) : map.replace(streamId, previous, next);
        if (!kept) {
            // another member has taken the stream over; the event set above lies past its head, never read
            heads.remove(streamId);
            return false;
        }
        heads.put(streamId, next);
        long evictedFrom = previous == null ? 1 : Head.parse(previous).first();
        for (long evicted = evictedFrom; evicted < appended.oldestKept(); evicted++) {
            map.delete(new EventId(streamId, evicted).toString());
        }
        return true;
    }

    @Override
    public Optional<KeptStream> find(String streamId) {
        String text = map.get(streamId);
        return text == null ? Optional.empty() : Optional.of(read(streamId, text));
    }

    /**
     * Claims the stream from the head {@code kept} was read with; while the member that holds it
     * goes on appending (a client resuming here before that member noticed its connection dropped),
     * claims again from its newer head, up to {@value #CLAIM_ATTEMPTS} times. Not from a head that
     * names another member: that one took the stream over meanwhile.
     */
    @Override
    public Optional<KeptStream> claim(KeptStream kept) {
        String holder = Head.parse(kept.version()).member();
        String version = kept.version();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Head head = Head.parse(version);
            String mine = new Head(self, head.first(), head.last(), head.scope()).toText();
            if (map.replace(kept.streamId(), version, mine)) {
                heads.put(kept.streamId(), mine);
                // the head as found names the events found: they are read again only after it moved
                return Optional.of(attempt == 0 ? new KeptStream(kept.streamId(), kept.scope(), kept.events(),
                        kept.lastSeq(), mine) : read(kept.streamId(), mine));
            }
            version = map.get(kept.streamId());
            if (version == null || !Head.parse(version).member().equals(holder)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What is kept of a stream under the head {@code text}: every event the head names is in the map. */
    private KeptStream read(String streamId, String text) {
        Head head = Head.parse(text);
        Set<String> keys = new LinkedHashSet<>();
        for (long seq = head.first(); seq <= head.last(); seq++) {
            keys.add(new EventId(streamId, seq).toString());
        }
        Map<String, String> found = map.getAll(keys);
        List<StreamEvent> events = new ArrayList<>(found.size());
        for (long seq = head.first(); seq <= head.last(); seq++) {
            String data = found.get(new EventId(streamId, seq).toString());
            if (data != null) {
                events.add(new StreamEvent(seq, data));
            }
        }
        return new KeptStream(streamId, head.scope(), events, head.last(), text);
    }

    @Override
    public void release(String streamId) {
        heads.remove(streamId);
    }

    @Override
    public void remove(String streamId) {
        String head = heads.remove(streamId);
        if (head != null && map.remove(streamId, head)) {
            Head removed = Head.parse(head);
            for (long seq = removed.first(); seq <= removed.last(); seq++) {
                map.delete(new EventId(streamId, seq).toString());
            }
        }
    }

    /**
     * A stream's head as it travels, one field a line: the member keeping it, the first and last
     * sequence numbers kept, the session, and the user ({@code -} for none, else {@code =} and the name).
     */
    record Head(String member, long first, long last, StreamScope scope) {

        String toText() {
            String user = scope.userName().map(name -> "=" + name).orElse("-");
            return member + "\n" + first + "\n" + last + "\n" + scope.sessionId() + "\n" + user;
        }

        static Head parse(String text) {
            String[] lines = text.split("\n", 5);
            if (lines.length != 5) {
                throw new IllegalArgumentException("Not the head of a kept stream: " + text);
            }
            String user = lines[4].equals("-") ? null : lines[4].substring(1);
            return new Head(lines[0], Long.parseLong(lines[1]), Long.parseLong(lines[2]),
                    new StreamScope(lines[3], user));
        }
    }
}
