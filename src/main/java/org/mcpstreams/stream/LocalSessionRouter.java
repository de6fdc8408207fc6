package org.mcpstreams.stream;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * The {@link SessionRouter} for the sessions of this node: each session's streams, the messages
 * held for a session before its first session stream opens, and the sessions that have ended.
 * {@link StreamRegistry} makes it, tells it of every stream it opens, resumes and closes, and
 * offers it; it is the container's {@code SessionRouter} bean unless cluster mode routes across
 * nodes, which then tells it, as a {@link StreamPresence}, of the session streams that come and go.
 * Thread-safe: the map of sessions is updated per key, each session has its own lock, taken before
 * a stream's and never after, and no write to a connection, and no call of the presence, happens
 * while either is held.
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
    private volatile StreamPresence presence = StreamPresence.NONE;
    private volatile FanOut fanOut = FanOut.NONE;

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
        return broadcast(message, any -> true);
    }

    /**
     * Delivers a message, as {@link #deliver} does, to each session this node knows that
     * {@code sessionIds} accepts: in cluster mode, those whose GET stream this node holds.
     *
     * @return how many sessions it went to, the ended ones left out
     * @throws MessageTooLargeException when the message is larger than a stream's buffer
     */
    public int broadcast(String message, Predicate<String> sessionIds) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sessionIds, "sessionIds");
        bound.check(message);
        return fanOut.count(sessions.keySet(),
                sessionId -> sessionIds.test(sessionId) && route(sessionId, message) != Routed.DROPPED);
    }

    /**
     * Checks a message against the bound before it goes to another node.
     *
     * @throws MessageTooLargeException when the message is larger than a stream's buffer
     */
    public void checkSize(String message) {
        bound.check(Objects.requireNonNull(message, "message"));
    }

    /** Whether the session has a GET stream on this node that its messages go to, live or waiting for a resume. */
    public boolean hasSessionStream(String sessionId) {
        SessionStreams session = sessions.get(sessionId);
        return session != null && session.hasSessionStream();
    }

    /** Takes the messages held here for a session, oldest first, for the node its GET stream opened on. */
    public List<String> takeHeld(String sessionId) {
        SessionStreams session = sessions.get(sessionId);
        return session == null ? List.of() : session.takeHeld();
    }

    /**
     * Spreads each broadcast's deliveries over {@code fanOut}'s threads from now on (in cluster mode,
     * where each waits on the grid); {@link FanOut#NONE} takes them one after the other. Set at start-up.
     */
    public void spread(FanOut fanOut) {
        this.fanOut = Objects.requireNonNull(fanOut, "fanOut");
    }

    /** Tells {@code presence} from now on of the GET streams that open and close here; set once, at start-up. */
    public void watch(StreamPresence presence) {
        this.presence = Objects.requireNonNull(presence, "presence");
    }

    /**
     * Closes every stream of a session, connections included, and frees their buffers; a
     * message for the session after this is dropped ({@link Routed#DROPPED}) and counted.
     */
    public void closeSession(String sessionId) {
        ended.add(sessionId);
        SessionStreams session = sessions.remove(sessionId);
        if (session != null) {
            boolean hadStream = session.hasSessionStream();
            session.retire().forEach(closeStream);
            if (hadStream) {
                presence.closed(sessionId);
            }
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
        if (stream.kind == StreamKind.SESSION && admission instanceof SessionStreams.Admitted) {
            presence.opened(stream.scope.sessionId());
        }
        return admission;
    }

    /** A resumed stream becomes the most recently attached of its session. */
    void touch(SseStream stream) {
        SessionStreams session = sessions.get(stream.scope.sessionId());
        if (session != null) {
            session.touch(stream);
            if (stream.kind == StreamKind.SESSION) {
                presence.opened(session.sessionId);
            }
        }
    }

    /** A closed stream leaves its session. */
    void remove(SseStream stream) {
        SessionStreams session = sessions.get(stream.scope.sessionId());
        if (session != null) {
            session.remove(stream);
            if (stream.kind == StreamKind.SESSION && !session.hasSessionStream()) {
                presence.closed(session.sessionId);
            }
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
