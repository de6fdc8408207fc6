package org.mcpstreams.stream;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * The {@link SessionRouter} for the sessions of this node: each session's streams, the messages
 * held for a session before its first session stream opens, and the sessions that have ended.
 * {@link StreamRegistry} makes it, tells it of every stream it opens, resumes and closes, and
 * offers it as the container's {@code SessionRouter} bean. Thread-safe: the map of sessions is
 * updated per key, each session has its own lock, taken before a stream's and never after, and
 * no write to a connection happens while either is held.
 */
public final class LocalSessionRouter implements SessionRouter {

    private static final Logger LOG = Logger.getLogger(LocalSessionRouter.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final Clock clock;
    private final RegistryStats stats;
    private final MessageBound bound;
    private final Supplier<ReplayBuffer> newHold;
    private final Consumer<SseStream> closeStream;
    private final EndedSessions ended = new EndedSessions();
    private final Map<String, SessionStreams> sessions = new ConcurrentHashMap<>();

    /**
     * @param newHold makes the bounded buffer of the messages held for a session
     * @param closeStream ends one of the registry's streams, its connection included
     */
    LocalSessionRouter(Clock clock, RegistryStats stats, MessageBound bound, Supplier<ReplayBuffer> newHold,
            Consumer<SseStream> closeStream) {
        this.clock = clock;
        this.stats = stats;
        this.bound = bound;
        this.newHold = newHold;
        this.closeStream = closeStream;
    }

    /**
     * Sends a message to exactly one stream of a session: its newest live session stream; with
     * none live, its most recent session stream (a resume delivers it); with none at all, it is
     * held, bounded by the buffer limits, until the session's first session stream opens.
     *
     * @return where the message went: to a live connection, recorded for a resume, held, or
     *     dropped because the session has ended
     * @throws MessageTooLargeException when the message is larger than a stream's buffer
     */
    @Override
    public Routed deliver(String sessionId, String message) {
        Objects.requireNonNull(message, "message");
        bound.check(message);
        return route(sessionId, message);
    }

    /**
     * Delivers a message to every session this node knows, one stream each, as {@link #deliver}.
     *
     * @return how many sessions it went to, the ended ones left out
     * @throws MessageTooLargeException when the message is larger than a stream's buffer
     */
    @Override
    public int broadcast(String message) {
        Objects.requireNonNull(message, "message");
        bound.check(message);
        int count = 0;
        for (String sessionId : sessions.keySet()) {
            if (route(sessionId, message) != Routed.DROPPED) {
                count++;
            }
        }
        return count;
    }

    /**
     * Closes every stream of a session, connections included, and frees their buffers; a
     * message for the session after this is dropped ({@link Routed#DROPPED}) and counted.
     */
    public void closeSession(String sessionId) {
        ended.add(sessionId);
        SessionStreams session = sessions.remove(sessionId);
        if (session != null) {
            session.retire().forEach(closeStream);
        }
    }

    /**
     * The ids of a session's open streams of one kind, the most recently attached last; empty
     * for an unknown session. A snapshot, to name a session's streams to
     * {@link StreamRegistry#disconnect} or {@link StreamRegistry#close}.
     */
    public List<String> streamIds(String sessionId, StreamKind kind) {
        Objects.requireNonNull(kind, "kind");
        SessionStreams session = sessions.get(sessionId);
        return session == null ? List.of() : session.ids(kind);
    }

    /** {@link #deliver} of a message already checked against the bound. */
    private Routed route(String sessionId, String message) {
        if (ended.contains(sessionId)) {
            stats.endedDropped();
            REFUSALS.log(() -> "Dropped a message for session " + sessionId + ", which has ended");
            return Routed.DROPPED;
        }
        while (true) {
            SessionStreams.Target target = session(sessionId).route(message, newHold, clock.millis());
            if (target == SessionStreams.Target.RETIRED) {
                continue;
            }
            if (target.stream() == null) {
                stats.heldDropped(target.dropped());
                return Routed.HELD;
            }
            boolean live = target.stream().state() == StreamState.LIVE;
            if (target.stream().append(message)) {
                return live ? Routed.LIVE : Routed.RECORDED;
            }
        }
    }

    /**
     * Adds a newly opened stream to its session, within the session's share of {@code max} open
     * streams, as {@link SessionStreams#add} does; never answers {@link SessionStreams.Admission#RETIRED}.
     */
    SessionStreams.Admission admit(SseStream stream, int max) {
        SessionStreams.Admission admission = session(stream.scope.sessionId()).add(stream, max);
        while (admission == SessionStreams.Admission.RETIRED) {
            Thread.onSpinWait();
            admission = session(stream.scope.sessionId()).add(stream, max);
        }
        return admission;
    }

    /** A resumed stream becomes the most recently attached of its session. */
    void touch(SseStream stream) {
        SessionStreams session = sessions.get(stream.scope.sessionId());
        if (session != null) {
            session.touch(stream);
        }
    }

    /** A closed stream leaves its session. */
    void remove(SseStream stream) {
        SessionStreams session = sessions.get(stream.scope.sessionId());
        if (session != null) {
            session.remove(stream);
        }
    }

    /** Forgets the sessions with no stream to which nothing was routed for {@code idleMillis}. */
    void forgetUnused(long nowMillis, long idleMillis) {
        for (String id : sessions.keySet()) {
            sessions.computeIfPresent(id, (key, session) -> session.retireIfUnused(nowMillis, idleMillis) ? null : session);
        }
    }

    /** How many sessions are known: with streams, or messages held, or recently used. */
    int sessionCount() {
        return sessions.size();
    }

    /** Forgets every session, on shutdown, once the registry has closed their streams. */
    void forgetAll() {
        sessions.clear();
    }

    private SessionStreams session(String sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> new SessionStreams(id, clock.millis()));
    }
}
