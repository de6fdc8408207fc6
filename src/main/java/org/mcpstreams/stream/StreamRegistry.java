package org.mcpstreams.stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * Every open SSE stream of this node, indexed by id; its {@link LocalSessionRouter} indexes them
 * by MCP session. Each stream numbers its events, keeps them in a bounded buffer for delivery and
 * replay, and outlives a dropped connection for the resume window. Thread-safe: the map is updated
 * per key, each stream has its own lock (taken after its session's), and no write to a connection
 * happens while any lock is held. The executor must be a pool of its own (the delivery threads):
 * the registry writes to and closes connections on it, and interrupts its threads stuck in them.
 */
@ApplicationScoped
public class StreamRegistry implements Sweepable {

    private static final Logger LOG = Logger.getLogger(StreamRegistry.class.getName());
    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(LOG);
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final StreamLimits limits;
    private final SweepPolicy policy;
    private final Clock clock;
    private final Executor executor;
    private final ConnectionWatch watch;
    private final RegistryStats stats = new RegistryStats();
    private final MessageBound bound;
    private final Map<String, SseStream> streams = new ConcurrentHashMap<>();
    private final LocalSessionRouter router;
    private final Slots open;
    private final KeptStreams kept;

    @Inject
    public StreamRegistry(StreamLimits limits, @McpStreams Clock clock, @McpStreams Executor executor) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.policy = new SweepPolicy(limits);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.watch = new ConnectionWatch(executor, clock, limits.writeTimeout().toMillis());
        this.open = new Slots(limits.maxOpenStreams());
        this.bound = new MessageBound(limits.bufferBytes(), stats);
        this.router = new LocalSessionRouter(clock, stats, bound, this::newBuffer, this::closeStream);
        this.kept = new KeptStreams(limits, stats, router);
    }

    /** For the container's client proxy only, whose calls go to the bean. */
    protected StreamRegistry() {
        this(StreamLimits.DEFAULTS, Clock.systemUTC(), Runnable::run);
    }

    /**
     * Opens a stream for {@code scope} and attaches {@code sink} to it. A session stream first
     * receives the messages held for its session.
     *
     * @param priming how the connection starts: {@link Priming#EVENT} only for clients on
     *     protocol 2025-11-25 or later
     * @return the new stream's id
     * @throws StreamLimitExceededException when the maximum of open streams is reached, even
     *     after expired streams are swept, or the session's share is, as for {@link #create}
     */
    public String open(StreamScope scope, StreamKind kind, Priming priming, EventSink sink) {
        Objects.requireNonNull(sink, "sink");
        String id = create(scope, kind);
        attach(id, priming, sink);
        return id;
    }

    /**
     * Creates a stream for {@code scope} with no connection yet: it records what is sent to it
     * until {@link #attach} gives it one (within the resume window). A session stream first
     * receives the messages held for its session.
     *
     * @return the new stream's id
     * @throws StreamLimitExceededException as {@link #open}, and when the session already holds
     *     its share of streams ({@link StreamLimits#maxPerSession()}) and none of them lost its
     *     connection; at its share, the one that lost its connection longest ago is closed instead
     */
    public String create(StreamScope scope, StreamKind kind) {
        SseStream stream = newStream(StreamId.random(), scope, kind, null, newBuffer());
        SessionStreams.Admission admission = router.admit(stream, limits.maxPerSession());
        if (!(admission instanceof SessionStreams.Admitted admitted)) {
            closeStream(stream);
            stats.sessionRejected();
            REFUSALS.log(() -> "Refused a stream to session " + LogText.of(scope.sessionId()) + ": it holds "
                    + limits.maxPerSession() + " streams, its share, and none of them lost its connection");
            throw StreamLimitExceededException.perSession(limits.maxPerSession(), limits.retryAfter());
        }
        admitted.evicted().ifPresent(this::closeStream);
        stats.opened();
        return stream.id;
    }

    /**
     * Creates a stream that no session routes to: only {@link #send} reaches it, never
     * {@link SessionRouter#deliver} or {@link SessionRouter#broadcast} (the requests and listen
     * streams of a stateless protocol revision, whose scope names no session). It cannot be
     * resumed: it closes when its final event is written or its connection is lost or it expires,
     * and then runs {@code onLost}.
     *
     * @param onLost what to do, given the stream's id, when its connection is lost or it expires
     *     before the final event (such as cancelling the request the stream answers)
     * @return the new stream's id
     * @throws StreamLimitExceededException as {@link #open}
     */
    public String createUnrouted(StreamScope scope, Consumer<String> onLost) {
        Objects.requireNonNull(onLost, "onLost");
        SseStream stream = newStream(StreamId.random(), scope, StreamKind.REQUEST, lost -> {
            if (closeStream(lost)) {
                onLost.accept(lost.id);
            }
        }, newBuffer());
        stats.opened();
        return stream.id;
    }

    private SseStream newSessionStream(String id, StreamScope scope, ReplayBuffer buffer) {
        return newStream(id, scope, StreamKind.SESSION, null, buffer);
    }

    /** A new stream, holding a slot; null when this node holds one with that id already (a takeover meanwhile). */
    private SseStream newStream(String id, StreamScope scope, StreamKind kind, Consumer<SseStream> onLost,
            ReplayBuffer buffer) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        reserveSlot();
        SseStream stream = new SseStream(id, scope, kind, buffer, executor, clock, stats, this::ended, onLost,
                limits.reconnectDelay().toMillis(), watch, kept.forKind(kind), this::closeStream);
        if (streams.putIfAbsent(stream.id, stream) != null) {
            open.giveBack();
            return null;
        }
        return stream;
    }

    /**
     * Gives a stream made by {@link #create} its first connection, which receives everything
     * recorded so far, then live events.
     *
     * @param priming how the connection starts, as for {@link #open}
     * @return false when no open stream has that id
     */
    public boolean attach(String streamId, Priming priming, EventSink sink) {
        Objects.requireNonNull(priming, "priming");
        Objects.requireNonNull(sink, "sink");
        SseStream stream = streams.get(streamId);
        return stream != null && stream.attach(sink, 0, priming).isPresent();
    }

    /**
     * Attaches {@code sink} to the stream named by {@code lastEventId}, which then receives every
     * retained event after that id, then live ones. A connection already attached to it is closed.
     * Nothing is attached unless the outcome is {@link Resume.Resumed}. A session stream this node
     * does not hold but {@linkplain #replicate keeps beyond it} is taken over: it goes on here.
     *
     * @return {@link Resume.Resumed} with the number of events no longer retained;
     *     {@link Resume.Malformed} when {@code lastEventId} is no event id of this server;
     *     {@link Resume.Unknown} when its stream is gone or the id is past its last event;
     *     {@link Resume.Foreign} when the stream belongs to another session or user
     */
    public Resume resume(StreamScope scope, String lastEventId, EventSink sink) {
        return resume(scope, lastEventId, Priming.NONE, sink);
    }

    /**
     * Resumes as {@link #resume(StreamScope, String, EventSink)} does; with {@link Priming#EVENT},
     * the connection first receives a priming event whose id is where it resumes from, so that a
     * client whose new connection drops before any event still knows where it stands.
     */
    public Resume resume(StreamScope scope, String lastEventId, Priming priming, EventSink sink) {
        Objects.requireNonNull(priming, "priming");
        Optional<EventId> parsed = EventId.parse(lastEventId);
        if (parsed.isEmpty()) {
            return new Resume.Malformed(lastEventId);
        }
        SseStream stream = streams.get(parsed.get().streamId());
        if (stream == null) {
            return kept.takeOver(scope, parsed.get(), priming, sink, this::newSessionStream, this::closeStream)
                    .orElseGet(() -> resume(scope, lastEventId, priming, sink)); // taken over here meanwhile
        }
        if (expireIfDue(stream)) {
            return new Resume.Unknown(lastEventId);
        }
        if (!stream.scope.equals(scope)) {
            WARNINGS.log(() -> "Refused to resume stream " + stream.id + " for another session or user");
            return new Resume.Foreign(lastEventId);
        }
        OptionalLong attached = stream.attach(sink, parsed.get().seq(), priming);
        if (attached.isEmpty()) {
            return new Resume.Unknown(lastEventId);
        }
        long missed = attached.getAsLong();
        router.touch(stream);
        stats.resumed(missed);
        return new Resume.Resumed(stream.id, missed);
    }

    /**
     * Keeps the events of this node's session streams in {@code replicas} from now on, and takes
     * over there the streams a resume names that this node does not hold; set once, at start-up.
     */
    public void replicate(StreamReplicas replicas) {
        kept.use(replicas);
    }

    /**
     * Records a message on one stream; it is written at once if a connection is attached.
     *
     * @return false when no open stream has that id
     */
    public boolean send(String streamId, String message) {
        Objects.requireNonNull(message, "message");
        bound.check(message);
        SseStream stream = streams.get(streamId);
        return stream != null && stream.append(message);
    }

    /**
     * Writes a keep-alive comment to the stream's connection now, or the events due if any: the
     * first write of a connection that was not primed, since some containers send the response
     * headers only with the first write. Does nothing when no connection is attached.
     *
     * @return false when no open stream has that id
     */
    public boolean keepAliveNow(String streamId) {
        SseStream stream = streams.get(streamId);
        return stream != null && stream.keepAliveNow();
    }

    /**
     * Records the last message of a stream, typically a request's response: once it is written
     * the connection and the stream end. If the connection is lost first, the stream waits,
     * detached, for a resume that receives it.
     *
     * @return false when no open stream has that id, or it already had its last message
     */
    public boolean sendLast(String streamId, String message) {
        Objects.requireNonNull(message, "message");
        bound.check(message);
        SseStream stream = streams.get(streamId);
        return stream != null && stream.appendLast(message);
    }

    /** The retained events of {@code id}'s stream after {@code id}, oldest first; empty if none. */
    public List<StreamEvent> replayAfter(EventId id) {
        SseStream stream = streams.get(id.streamId());
        return stream == null ? List.of() : stream.replayAfter(id.seq());
    }

    /**
     * Drops a stream's connection and keeps the stream, recording, for a resume.
     *
     * @return false when no live stream has that id
     */
    public boolean disconnect(String streamId) {
        SseStream stream = streams.get(streamId);
        return stream != null && stream.detach();
    }

    /**
     * SSE polling on request: closes the connection of a stream whose client resumes by itself (it was
     * sent a priming event) once that event and what was sent before are written, and keeps the stream.
     *
     * @return false when no open stream has that id or it has no such connection, or one closing already
     */
    public boolean closeConnection(String streamId) {
        SseStream stream = streams.get(streamId);
        return stream != null && stream.closeIfOlderThan(clock.millis(), 0);
    }

    /**
     * Ends one stream: its connection closes and its events are freed.
     *
     * @return false when no open stream has that id
     */
    public boolean close(String streamId) {
        SseStream stream = streams.get(streamId);
        return stream != null && closeStream(stream);
    }

    /**
     * Applies the {@link SweepPolicy}: closes expired streams, closes polled connections that
     * reached their age, queues keep-alive comments and forgets unused sessions. Runs
     * periodically; also safe to call at any time.
     */
    @Override
    public void sweep() {
        long now = clock.millis();
        for (SseStream stream : streams.values()) {
            if (!expireIfDue(stream) && policy.tend(stream, now)) {
                stats.polled();
            }
        }
        watch.sweep();
        router.forgetUnused(now, policy.sessionIdleMillis());
    }

    /** Counts the registry's streams and sessions now: a snapshot of its gauges and counters. */
    public StreamStats stats() {
        int live = (int) streams.values().stream().filter(s -> s.state() == StreamState.LIVE).count();
        return stats.snapshot(open.taken(), live, router.sessionCount());
    }

    /**
     * The router of session-wide messages to this registry's streams, and the one to close a
     * session's streams with. A bean of type {@code LocalSessionRouter} only: the cluster package
     * offers the one {@link SessionRouter} bean, which is this router on a single node.
     */
    @Produces
    @Typed(LocalSessionRouter.class)
    public LocalSessionRouter router() {
        return router;
    }

    /** The limits this registry enforces. */
    public StreamLimits limits() {
        return limits;
    }

    /** Closes every stream, so that clients see their connections end on shutdown. */
    @PreDestroy
    void shutdown() {
        kept.keepAll();
        streams.values().forEach(this::closeStream);
        router.forgetAll();
    }

    private ReplayBuffer newBuffer() {
        return new ReplayBuffer(limits.bufferEvents(), limits.bufferBytes());
    }

    private void reserveSlot() {
        if (!open.tryTake(this::sweep)) {
            stats.rejected();
            WARNINGS.log(() -> "Refused a stream: " + limits.maxOpenStreams() + " streams are open");
            throw new StreamLimitExceededException(limits.maxOpenStreams(), limits.retryAfter());
        }
    }

    private boolean expireIfDue(SseStream stream) {
        if (!stream.expired(clock.millis(), policy)) {
            return false;
        }
        if (!stream.resumable()) {
            stats.expired();
            stream.lost(); // closes it and tells its owner, as a lost connection does
        } else if (closeStream(stream)) {
            stats.expired();
        }
        return true;
    }

    /**
     * A stream's final event was written: its connection closes and it stops counting against the
     * cap; one that cannot be resumed is gone.
     */
    private void ended(SseStream stream) {
        if (!stream.resumable()) {
            closeStream(stream);
            return;
        }
        stream.finish();
        releaseSlot(stream);
    }

    private void releaseSlot(SseStream stream) {
        if (stream.releaseSlot()) {
            open.giveBack();
        }
    }

    private boolean closeStream(SseStream stream) {
        if (!stream.close()) {
            return false;
        }
        releaseSlot(stream);
        streams.remove(stream.id, stream);
        router.remove(stream);
        kept.forget(stream);
        return true;
    }
}
