package org.mcpstreams.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A session's streams, the most recently attached last, and the messages held for it before its
 * first session stream opens. Guarded by its own monitor; a stream's lock may be taken inside
 * it, never the other way round. Once retired (closed, or removed as empty) it takes nothing
 * more, and callers look the session up again.
 */
final class SessionStreams {

    final String sessionId;
    private final List<SseStream> streams = new ArrayList<>(2);
    private ReplayBuffer held;
    private boolean retired;
    private long touchedAtMillis;

    SessionStreams(String sessionId, long nowMillis) {
        this.sessionId = sessionId;
        this.touchedAtMillis = nowMillis;
    }

    /**
     * Adds a newly opened stream within the session's share of {@code max} open streams (live or
     * detached; one whose final event was written no longer counts). At the share, the stream
     * that lost its connection longest ago makes room; the caller closes it. A session stream
     * first takes every held message.
     *
     * @return {@link Admission#RETIRED} when the session is retired and the caller must look it
     *     up again; {@link Admission#FULL} when the share is taken by streams none of which lost
     *     its connection (nothing is added); else {@link Admitted}, with the stream that made room
     */
    synchronized Admission add(SseStream stream, int max) {
        if (retired) {
            return Admission.RETIRED;
        }
        SseStream evicted = null;
        if (openCount() >= max) {
            evicted = droppedLongestAgo();
            if (evicted == null) {
                return Admission.FULL;
            }
            streams.remove(evicted);
        }
        streams.add(stream);
        if (stream.kind == StreamKind.SESSION && held != null) {
            for (StreamEvent event : held.drain()) {
                stream.append(event.data());
            }
            held = null;
        }
        return new Admitted(Optional.ofNullable(evicted));
    }

    private int openCount() {
        int open = 0;
        for (SseStream stream : streams) {
            StreamState state = stream.state();
            if (state == StreamState.LIVE || state == StreamState.DETACHED) {
                open++;
            }
        }
        return open;
    }

    private SseStream droppedLongestAgo() {
        SseStream oldest = null;
        long oldestAt = Long.MAX_VALUE;
        for (SseStream stream : streams) {
            OptionalLong droppedAt = stream.droppedAtMillis();
            if (droppedAt.isPresent() && droppedAt.getAsLong() < oldestAt) {
                oldest = stream;
                oldestAt = droppedAt.getAsLong();
            }
        }
        return oldest;
    }

    /** Marks {@code stream} as the most recently attached of the session. */
    synchronized void touch(SseStream stream) {
        if (streams.remove(stream)) {
            streams.add(stream);
        }
    }

    synchronized void remove(SseStream stream) {
        streams.remove(stream);
    }

    /** Whether the session has a GET stream here that session-wide messages may go to (live or waiting for a resume). */
    synchronized boolean hasSessionStream() {
        for (SseStream stream : streams) {
            StreamState state = stream.state();
            if (stream.kind == StreamKind.SESSION && state != StreamState.CLOSED && state != StreamState.ENDED) {
                return true;
            }
        }
        return false;
    }

    /** Takes the messages held for the session, oldest first, to hand them to another node; empty if none. */
    synchronized List<String> takeHeld() {
        if (held == null) {
            return List.of();
        }
        List<String> taken = new ArrayList<>(held.size());
        for (StreamEvent event : held.drain()) {
            taken.add(event.data());
        }
        held = null;
        return taken;
    }

    /** The ids of the session's streams of {@code kind} that are not closed, the most recently attached last. */
    synchronized List<String> ids(StreamKind kind) {
        List<String> ids = new ArrayList<>(streams.size());
        for (SseStream stream : streams) {
            if (stream.kind == kind && stream.state() != StreamState.CLOSED) {
                ids.add(stream.id);
            }
        }
        return ids;
    }

    /**
     * Chooses the one stream a session-wide message goes to: the newest live session stream, else
     * the newest session stream still open. With none, holds the message (bounded) and answers null.
     *
     * @param newHold makes the bounded buffer for held messages, when nothing is held yet
     */
    synchronized Target route(String data, Supplier<ReplayBuffer> newHold, long nowMillis) {
        touchedAtMillis = nowMillis;
        if (retired) {
            return Target.RETIRED;
        }
        SseStream recorded = null;
        for (int i = streams.size() - 1; i >= 0; i--) {
            SseStream candidate = streams.get(i);
            StreamState state = candidate.state();
            if (candidate.kind != StreamKind.SESSION || state == StreamState.CLOSED
                    || state == StreamState.ENDED) {
                continue;
            }
            if (state == StreamState.LIVE) {
                return new Target(candidate, 0);
            }
            if (recorded == null) {
                recorded = candidate;
            }
        }
        if (recorded != null) {
            return new Target(recorded, 0);
        }
        if (held == null) {
            held = newHold.get();
        }
        long evictedBefore = held.evicted();
        held.append(data);
        return new Target(null, held.evicted() - evictedBefore);
    }

    /** Retires the session if it has no stream and nothing was routed to it for {@code idleMillis}. */
    synchronized boolean retireIfUnused(long nowMillis, long idleMillis) {
        boolean unused = streams.isEmpty() && (held == null || nowMillis - touchedAtMillis >= idleMillis);
        retired |= unused;
        return unused;
    }

    /** Retires the session and hands back its streams for closing. */
    synchronized List<SseStream> retire() {
        retired = true;
        held = null;
        List<SseStream> all = List.copyOf(streams);
        streams.clear();
        return all;
    }

    synchronized int heldCount() {
        return held == null ? 0 : held.size();
    }

    /**
     * Where {@link #route} put a message.
     *
     * @param stream the stream it goes to; null when held, or when the session is retired
     * @param dropped held messages evicted to make room for it
     */
    record Target(SseStream stream, long dropped) {
        static final Target RETIRED = new Target(null, -1);
    }

    /** Whether {@link #add} took a stream. */
    sealed interface Admission permits Admitted, Refused {
        /** The session is retired: look it up again. */
        Admission RETIRED = new Refused(true);
        /** The session's share is taken, and none of its streams lost its connection. */
        Admission FULL = new Refused(false);
    }

    /** The stream was added; {@code evicted} made room for it and is for the caller to close. */
    record Admitted(Optional<SseStream> evicted) implements Admission {
    }

    /** Nothing was added: the session is {@code retired}, or its share is full. */
    record Refused(boolean retired) implements Admission {
    }
}
