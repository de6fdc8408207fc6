package org.mcpstreams.stream;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * One SSE stream: its replay buffer, the connection currently attached and its
 * {@link StreamDrain}, which moves events from one to the other. {@code lock} guards the buffer,
 * {@code state}, {@code connection} and the times, and the drain takes it for each of its steps;
 * sink writes and closes happen outside it.
 */
final class SseStream {

    private static final Logger LOG = Logger.getLogger(SseStream.class.getName());
    private static final RateLimitedLog REPLICATION = RateLimitedLog.warnings(LOG);

    final String id;
    final StreamScope scope;
    final StreamKind kind;
    private final Clock clock;
    private final RegistryStats stats;
    private final Consumer<SseStream> onLost;
    private final long retryMillis;
    private final StreamDrain drain;

    private final Object lock = new Object();
    private final ReplayBuffer buffer;
    private StreamState state = StreamState.DETACHED;
    private Connection connection;
    private long activeAtMillis;
    private long detachedAtMillis;
    /** When the final event was first written: a resume of an ended stream never extends its retention. */
    private OptionalLong endedAtMillis = OptionalLong.empty();
    private long finalSeq = -1;
    private boolean holdsSlot = true;
    private boolean hadConnection;
    private boolean polled;
    private final ConnectionWatch watch;
    private final StreamReplicas replicas;
    private final Consumer<SseStream> onTakenOver;
    private final Object replicating = new Object();
    /** The oldest sequence number the buffer kept after the last append; read under {@code replicating}. */
    private long oldestKept;

    /**
     * @param onEnd called once the final event (see {@link #appendLast}) is written
     * @param onLost for a stream that cannot be resumed, called when its connection is lost (a
     *     failed write, or a client too slow for the buffer); null for a resumable stream
     * @param replicas where each event is kept beyond this node once recorded; {@link StreamReplicas#NONE} for none
     * @param onTakenOver called, outside every lock, when another node has taken the stream over: it ends here
     */
    SseStream(String id, StreamScope scope, StreamKind kind, ReplayBuffer buffer, Executor executor,
            Clock clock, RegistryStats stats, Consumer<SseStream> onEnd, Consumer<SseStream> onLost,
            long retryMillis, ConnectionWatch watch, StreamReplicas replicas, Consumer<SseStream> onTakenOver) {
        this.id = id;
        this.scope = scope;
        this.kind = kind;
        this.buffer = buffer;
        this.clock = clock;
        this.stats = stats;
        this.onLost = onLost;
        this.retryMillis = retryMillis;
        this.watch = watch;
        this.replicas = replicas;
        this.onTakenOver = onTakenOver;
        this.drain = new StreamDrain(this, lock, executor, clock, stats, onEnd, watch);
        this.activeAtMillis = clock.millis();
        this.detachedAtMillis = activeAtMillis;
    }

    /**
     * Records a message and wakes the drain. A connection that has fallen further behind than
     * the buffer holds is detached instead: its client may resume from what is kept.
     *
     * @return false when the stream is closed or has had its final event, and the message was
     *     not recorded, or another node took the stream over (it is closed here)
     */
    boolean append(String data) {
        return record(data, false);
    }

    /**
     * Records the stream's last message as {@link #append} does: once it is written the
     * connection and the stream end (a stream that lost its connection first keeps it for a
     * resume).
     *
     * @return false when the stream is closed or already has its final event
     */
    boolean appendLast(String data) {
        return record(data, true);
    }

    private boolean record(String data, boolean last) {
        if (replicas == StreamReplicas.NONE) {
            return recordHere(data, last) != null;
        }
        boolean takenOver;
        synchronized (replicating) {
            StreamEvent event = recordHere(data, last);
            if (event == null) {
                return false;
            }
            // oldestKept was set with the event, and no other append runs while this lock is held
            takenOver = !replicate(new StreamReplicas.Appended(id, scope, event, oldestKept));
        }
        if (takenOver) {
            LOG.fine(() -> "Stream " + id + " was taken over by another node; closed here");
            onTakenOver.accept(this);
        }
        return !takenOver;
    }

    /** Keeps an event beyond this node; false when another node took the stream over. A failing grid is logged. */
    private boolean replicate(StreamReplicas.Appended appended) {
        try {
            return replicas.append(appended);
        } catch (RuntimeException failed) {
            REPLICATION.log(() -> "Event " + appended.event().seq() + " of stream " + id
                    + " is kept on this node only: " + failed);
            return true;
        }
    }

    /** Records the event here; answers it, or null when nothing was recorded. */
    private StreamEvent recordHere(String data, boolean last) {
        long nowMillis = clock.millis();
        Connection toDrain = null;
        Connection toClose = null;
        StreamEvent event;
        synchronized (lock) {
            if (state == StreamState.CLOSED || state == StreamState.ENDED || finalSeq > 0) {
                return null;
            }
            event = buffer.append(data);
            oldestKept = buffer.firstSeq();
            if (last) {
                finalSeq = event.seq();
            }
            activeAtMillis = nowMillis;
            Connection current = connection;
            if (current != null && buffer.firstSeq() > current.cursor + 1) {
                toClose = detachLocked(nowMillis);
            } else if (current != null) {
                toDrain = current.wake();
            }
        }
        if (toClose != null) {
            stats.slowConsumerClosed();
            LOG.fine(() -> "Stream " + id + " fell behind its buffer; connection closed");
            watch.close(toClose);
            lost();
        }
        drain.schedule(toDrain);
        return event;
    }

    /**
     * Attaches a connection that will receive every retained event after {@code afterSeq}, then
     * live ones; a connection already attached is closed (the newer one wins).
     *
     * @return the number of events after {@code afterSeq} that are no longer retained; empty when
     *     the stream is closed or {@code afterSeq} is past its last event (nothing attached)
     */
    OptionalLong attach(EventSink sink, long afterSeq, Priming priming) {
        long nowMillis = clock.millis();
        boolean primed = priming == Priming.EVENT;
        Connection fresh = new Connection(sink, afterSeq, primed, nowMillis);
        Connection replaced;
        long missed;
        synchronized (lock) {
            if (state == StreamState.CLOSED || afterSeq > buffer.lastSeq()) {
                return OptionalLong.empty();
            }
            replaced = watch.handOver(connection);
            connection = fresh;
            polled |= primed;
            state = StreamState.LIVE;
            hadConnection = true;
            activeAtMillis = nowMillis;
            missed = Math.max(0, buffer.firstSeq() - afterSeq - 1);
            // start past the gap, so the slow-consumer check counts only events evicted from now on
            fresh.cursor = afterSeq + missed;
            fresh.draining = true;
        }
        watch.close(replaced);
        drain.schedule(fresh);
        return OptionalLong.of(missed);
    }

    /** Drops the connection, if any, and keeps recording for a resume. */
    boolean detach() {
        long nowMillis = clock.millis();
        Connection dropped;
        synchronized (lock) {
            if (state != StreamState.LIVE) {
                return false;
            }
            dropped = detachLocked(nowMillis);
        }
        watch.close(dropped);
        return true;
    }

    /**
     * Ends the stream for good: closes the connection and frees the buffer.
     *
     * @return false when it was already closed
     */
    boolean close() {
        Connection dropped;
        synchronized (lock) {
            if (state == StreamState.CLOSED) {
                return false;
            }
            dropped = watch.handOver(connection);
            connection = null;
            state = StreamState.CLOSED;
            buffer.drain();
        }
        watch.close(dropped);
        return true;
    }

    /**
     * Closes the connection after the final event was written; the stream stays, ENDED, for a
     * late resume until its retention ends.
     */
    void finish() {
        Connection dropped;
        synchronized (lock) {
            if (state != StreamState.LIVE) {
                return;
            }
            dropped = watch.handOver(connection);
            connection = null;
            state = StreamState.ENDED;
            detachedAtMillis = clock.millis();
            if (endedAtMillis.isEmpty()) {
                endedAtMillis = OptionalLong.of(detachedAtMillis);
            }
        }
        watch.close(dropped);
    }

    /** Whether the stream still counts against the cap; true once, for the caller that frees it. */
    boolean releaseSlot() {
        synchronized (lock) {
            boolean held = holdsSlot;
            holdsSlot = false;
            return held;
        }
    }

    /** Whether the stream has expired at {@code nowMillis} by {@code policy}'s rules. */
    boolean expired(long nowMillis, SweepPolicy policy) {
        synchronized (lock) {
            return policy.expired(state, activeAtMillis, detachedAtMillis, endedAtMillis, nowMillis);
        }
    }

    /**
     * SSE polling: closes the connection of a client that resumes by itself (it was sent a priming
     * event) once it is {@code maxAgeMillis} old (0: now), between two writes, once its priming event
     * and the events recorded so far are written (unless the final one is among them). The stream
     * stays for the client's resume.
     *
     * @return false when no such connection is attached, or it is closing already
     */
    boolean closeIfOlderThan(long nowMillis, long maxAgeMillis) {
        Connection toDrain;
        synchronized (lock) {
            Connection current = connection;
            if (!polled || current == null || current.leaving || nowMillis - current.attachedAtMillis < maxAgeMillis) {
                return false;
            }
            current.leaveAfter(buffer.lastSeq());
            toDrain = current.wake();
        }
        drain.schedule(toDrain);
        return true;
    }

    /** Queues a keep-alive comment when nothing has been written for {@code intervalMillis}. */
    void keepAlive(long nowMillis, long intervalMillis) {
        Connection toDrain;
        synchronized (lock) {
            Connection current = connection;
            if (current == null || current.draining || nowMillis - current.writtenAtMillis < intervalMillis) {
                return;
            }
            current.keepAliveDue = true;
            current.writtenAtMillis = nowMillis;
            toDrain = current.wake();
        }
        drain.schedule(toDrain);
    }

    /**
     * Queues a keep-alive comment on the attached connection, whatever its last write; a drain
     * under way writes it after what it is writing, unless events are due first.
     *
     * @return false when the stream is closed
     */
    boolean keepAliveNow() {
        Connection toDrain;
        synchronized (lock) {
            Connection current = connection;
            if (current == null) {
                return state != StreamState.CLOSED;
            }
            current.keepAliveDue = true;
            toDrain = current.wake();
        }
        drain.schedule(toDrain);
        return true;
    }

    /**
     * When the stream lost its connection, if it is detached after having had one; empty while it
     * waits for its first connection (it was just opened) and in any other state.
     */
    OptionalLong droppedAtMillis() {
        synchronized (lock) {
            return state == StreamState.DETACHED && hadConnection ? OptionalLong.of(detachedAtMillis) : OptionalLong.empty();
        }
    }

    StreamState state() {
        synchronized (lock) {
            return state;
        }
    }

    List<StreamEvent> replayAfter(long seq) {
        synchronized (lock) {
            return buffer.after(seq);
        }
    }

    long lastSeq() {
        synchronized (lock) {
            return buffer.lastSeq();
        }
    }

    /** Closes the connection when a write to it has stalled, as {@link StreamDrain#closeIfWriteStalled} does. */
    boolean closeIfWriteStalled(long nowMillis, long timeoutMillis) {
        return drain.closeIfWriteStalled(nowMillis, timeoutMillis);
    }

    /** Whether a client may resume the stream after its connection ends. */
    boolean resumable() {
        return onLost == null;
    }

    /** For a stream that cannot be resumed: its end, told to whoever made it. */
    void lost() {
        if (onLost != null) {
            onLost.accept(this);
        }
    }

    /** The connection attached, or null; for the drain, which holds the lock. */
    Connection connectionLocked() {
        return connection;
    }

    /** Whether {@code target} was handed the final event; for the drain, which holds the lock. */
    boolean finalHandedLocked(Connection target) {
        return finalSeq > 0 && target.cursor >= finalSeq;
    }

    /** What is due to {@code target}, handed over for writing, or null; for the drain, which holds the lock. */
    Batch dueLocked(Connection target, long nowMillis) {
        return target.takeBatch(id, buffer, retryMillis, nowMillis);
    }

    /**
     * Drops the connection; the caller holds the lock. Answers the connection to close once the
     * lock is released, as {@link ConnectionWatch#handOver} does.
     */
    Connection detachLocked(long nowMillis) {
        Connection detached = connection;
        connection = null;
        state = StreamState.DETACHED;
        detachedAtMillis = nowMillis;
        return watch.handOver(detached);
    }
}
