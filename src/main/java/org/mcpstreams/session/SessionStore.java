package org.mcpstreams.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.stream.LocalSessionRouter;
import org.mcpstreams.stream.McpStreams;
import org.mcpstreams.stream.Slots;
import org.mcpstreams.stream.Sweepable;

/**
 * The live MCP sessions of this node. A session ends on {@code DELETE}, when idle past the idle
 * timeout, or when its client never completes {@code initialize}; its streams end with it.
 * On a cluster ({@link SessionSharing}), a session made on another node is rebuilt here on its
 * first request, each use is checked against the shared record, and a session ended elsewhere ends
 * here at the next use or sweep; {@link #isLive(String)} answers for this node only.
 * Thread-safe: one concurrent map, updated per key; the count of refusals is an adder.
 */
@ApplicationScoped
public class SessionStore implements Sweepable {

    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(LOG);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SessionLimits limits;
    private final StreamLimits streamLimits;
    private final Clock clock;
    private final LocalSessionRouter streams;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Slots slots;
    private final Consumer<SessionEnded> ended;
    private final SessionSharing sharing;
    private final LongAdder refused = new LongAdder();

    /** A store whose sessions end without telling anyone but the router of their streams. */
    public SessionStore(SessionLimits limits, StreamLimits streamLimits, Clock clock, LocalSessionRouter streams) {
        this(limits, streamLimits, clock, streams, end -> { });
    }

    @Inject
    SessionStore(SessionLimits limits, StreamLimits streamLimits, @McpStreams Clock clock, LocalSessionRouter streams,
            Event<SessionEnded> ended, SessionSharing sharing) {
        this(limits, streamLimits, clock, streams, ended::fire, sharing);
    }

    /** A single-node store that tells {@code ended} of each session that ends, after closing its streams. */
    SessionStore(SessionLimits limits, StreamLimits streamLimits, Clock clock, LocalSessionRouter streams,
            Consumer<SessionEnded> ended) {
        this(limits, streamLimits, clock, streams, ended, SessionSharing.none());
    }

    /** A store that shares its sessions through {@code sharing}. */
    SessionStore(SessionLimits limits, StreamLimits streamLimits, Clock clock, LocalSessionRouter streams,
            Consumer<SessionEnded> ended, SessionSharing sharing) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.streamLimits = Objects.requireNonNull(streamLimits, "streamLimits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.slots = new Slots(limits.maxSessions());
        this.ended = ended;
        this.sharing = Objects.requireNonNull(sharing, "sharing");
    }

    /** For the container's client proxy only. */
    protected SessionStore() {
        this.limits = null;
        this.streamLimits = null;
        this.clock = null;
        this.streams = null;
        this.slots = null;
        this.ended = null;
        this.sharing = null;
    }

    /**
     * Starts a session with a fresh id: 192 random bits, URL-safe Base64 (visible ASCII).
     *
     * @param user the authenticated user, or null
     * @throws SessionLimitExceededException when the maximum of live sessions is reached, even
     *     after expired ones are swept
     */
    public Session create(String user, ProtocolVersion version, JsonObject clientCapabilities, JsonObject clientInfo) {
        if (!slots.tryTake(this::sweep)) {
            refused.increment();
            WARNINGS.log(() -> "Refused an initialize: " + limits.maxSessions() + " sessions are live");
            throw new SessionLimitExceededException(limits.maxSessions(), streamLimits.retryAfter());
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        Session session = new Session(ENCODER.encodeToString(bytes), user, version, clientCapabilities, clientInfo,
                clock.millis());
        sessions.put(session.id(), session);
        sharing.created(session);
        return session;
    }

    /**
     * The live session with that id, if it belongs to {@code user}; marks it used. Another
     * user's session is not found, exactly like an unknown one. On a cluster, a session another
     * node made is rebuilt here, and one ended on another node is not found.
     */
    public Optional<Session> find(String id, String user) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null && id != null) {
            session = adopt(id, user);
        }
        if (session == null || expireIfDue(session) || !Objects.equals(session.user(), user)) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (!sharing.used(session, now)) {
            removeHere(session);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /** Whether a session with that id is live, whoever it belongs to; for the server's own code. */
    public boolean isLive(String id) {
        Session session = id == null ? null : sessions.get(id);
        return session != null && !expireIfDue(session);
    }

    /** Records that the client sent {@code notifications/initialized}. */
    public void initialized(Session session) {
        session.markInitialized();
        sharing.initialized(session);
    }

    /** Sets the level of {@code logging/setLevel}: log messages below it are no longer sent to the session. */
    public void logLevel(Session session, String level) {
        // shared first: a use sharing the record meanwhile then brings back this level, not the old one
        sharing.logLevel(session, level);
        session.logLevel(level);
    }

    /**
     * Ends a session of {@code user} and closes its streams.
     *
     * @return false when no such session was live
     */
    public boolean end(String id, String user) {
        Optional<Session> session = find(id, user);
        if (session.isEmpty()) {
            return false;
        }
        sharing.ended(id);
        return removeHere(session.get());
    }

    /** The number of live sessions. */
    public int size() {
        return slots.taken();
    }

    /** How many sessions were refused since start because the maximum of live sessions was reached. */
    public long refused() {
        return refused.sum();
    }

    @Override
    public void sweep() {
        for (String id : sharing.endedElsewhere()) {
            Session session = sessions.get(id);
            if (session != null) {
                removeHere(session);
            }
        }
        sessions.values().forEach(this::expireIfDue);
    }

    /** A session another node made, kept here from now on if this node has room for it; null if unknown. */
    private Session adopt(String id, String user) {
        Optional<Session> shared = sharing.find(id).filter(found -> Objects.equals(found.user(), user));
        if (shared.isEmpty()) {
            return null;
        }
        if (!slots.tryTake(this::sweep)) {
            // served for this request without being kept: refusing it would end a session that lives elsewhere
            WARNINGS.log(() -> "Serving a session of another node without keeping it: " + limits.maxSessions()
                    + " sessions are live here");
            return shared.get();
        }
        Session kept = sessions.putIfAbsent(id, shared.get());
        if (kept != null) {
            slots.giveBack();
            return kept;
        }
        return shared.get();
    }

    private boolean expireIfDue(Session session) {
        if (!due(session)) {
            return false;
        }
        // on a cluster, another node may have used or initialized it since
        if (!sharing.expire(session, this::due)) {
            return false;
        }
        boolean initialized = session.initialized();
        if (removeHere(session)) {
            LOG.fine(() -> "Session " + session.id() + (initialized ? " expired after being idle" : " never initialized"));
        }
        return true;
    }

    private boolean due(Session session) {
        long now = clock.millis();
        boolean idle = !limits.idleTimeout().isZero()
                && now - session.activeAtMillis() >= limits.idleTimeout().toMillis();
        boolean neverInitialized = !session.initialized()
                && now - session.createdAtMillis() >= limits.initializeTimeout().toMillis();
        return idle || neverInitialized;
    }

    /** Ends the session on this node: its streams close and its end is told; false if it was not kept here. */
    private boolean removeHere(Session session) {
        if (!sessions.remove(session.id(), session)) {
            return false;
        }
        slots.giveBack();
        streams.closeSession(session.id());
        ended.accept(new SessionEnded(session.id()));
        return true;
    }
}
