package org.mcpstreams.stream;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SSE stream: its replay buffer, the connection currently attached and the drain that moves
 * events from one to the other. {@code lock} guards the buffer, {@code state}, {@code connection}
 * and the times; sink writes and closes happen outside it. At most one drain per connection runs
 * at a time, so a sink sees one write after the other, in sequence order.
 */
final class SseStream {

    /**
     * LIVE: a connection is attached. DETACHED: none is; still recording, resumable. ENDED: the
     * final event was written and the connection closed; kept briefly for a client whose
     * connection died unnoticed. CLOSED: gone.
     */
    enum State { LIVE, DETACHED, ENDED, CLOSED }

    private static final Logger LOG = Logger.getLogger(SseStream.class.getName());

    final String id;
    final StreamScope scope;
    final StreamKind kind;
    private final Executor executor;
    private final Clock clock;
    private final RegistryStats stats;
    private final Consumer<SseStream> onEnd;
    private final Consumer<SseStream> onLost;
    private final long retryMillis;

    private final Object lock = new Object();
    private final ReplayBuffer buffer;
    private State state = State.DETACHED;
    private Connection connection;
    private long activeAtMillis;
    private long detachedAtMillis;
    /** When the final event was first written: a resume of an ended stream never extends its retention. */
    private OptionalLong endedAtMillis = OptionalLong.empty();
    private long finalSeq = -1;
    private boolean holdsSlot = true;
    private boolean hadConnection;
    private boolean polled;

    /**
     * @param onEnd called once the final event (see {@link #appendLast}) is written
     * @param onLost for a stream that cannot be resumed, called when its connection is lost (a
     *     failed write, or a client too slow for the buffer); null for a resumable stream
     */
    SseStream(String id, StreamScope scope, StreamKind kind, ReplayBuffer buffer, Executor executor,
            Clock clock, RegistryStats stats, Consumer<SseStream> onEnd, Consumer<SseStream> onLost,
            long retryMillis) {
        this.id = id;
        this.scope = scope;
        this.kind = kind;
        this.buffer = buffer;
        this.executor = executor;
        this.clock = clock;
        this.stats = stats;
        this.onEnd = onEnd;
        this.onLost = onLost;
        this.retryMillis = retryMillis;
        this.activeAtMillis = clock.millis();
        this.detachedAtMillis = activeAtMillis;
    }

    /**
     * Records a message and wakes the drain. A connection that has fallen further behind than
     * the buffer holds is detached instead: its client may resume from what is kept.
     *
     * @return false when the stream is closed or has had its final event, and the message was
     *     not recorded
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
        long nowMillis = clock.millis();
        Connection toDrain = null;
        EventSink toClose = null;
        synchronized (lock) {
            if (state == State.CLOSED || state == State.ENDED || finalSeq > 0) {
                return false;
            }
            StreamEvent event = buffer.append(data);
            if (last) {
                finalSeq = event.seq();
            }
            activeAtMillis = nowMillis;
            Connection current = connection;
            if (current != null && buffer.firstSeq() > current.cursor + 1) {
                toClose = detachLocked(nowMillis);
            } else if (current != null && !current.draining) {
                current.draining = true;
                toDrain = current;
            }
        }
        if (toClose != null) {
            stats.slowConsumerClosed();
            LOG.fine(() -> "Stream " + id + " fell behind its buffer; connection closed");
            closeQuietly(toClose);
            lost();
        }
        if (toDrain != null) {
            schedule(toDrain);
        }
        return true;
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
            if (state == State.CLOSED || afterSeq > buffer.lastSeq()) {
                return OptionalLong.empty();
            }
            replaced = connection;
            connection = fresh;
            polled |= primed;
            state = State.LIVE;
            hadConnection = true;
            activeAtMillis = nowMillis;
            missed = Math.max(0, buffer.firstSeq() - afterSeq - 1);
            // start past the gap, so the slow-consumer check counts only events evicted from now on
            fresh.cursor = afterSeq + missed;
            fresh.draining = true;
        }
        if (replaced != null) {
            closeQuietly(replaced.sink);
        }
        schedule(fresh);
        return OptionalLong.of(missed);
    }

    /** Drops the connection, if any, and keeps recording for a resume. */
    boolean detach() {
        long nowMillis = clock.millis();
        EventSink sink;
        synchronized (lock) {
            if (state != State.LIVE) {
                return false;
            }
            sink = detachLocked(nowMillis);
        }
        closeQuietly(sink);
        return true;
    }

    /**
     * Ends the stream for good: closes the connection and frees the buffer.
     *
     * @return false when it was already closed
     */
    boolean close() {
        EventSink sink;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return false;
            }
            sink = connection == null ? null : connection.sink;
            connection = null;
            state = State.CLOSED;
            buffer.drain();
        }
        closeQuietly(sink);
        return true;
    }

    /**
     * Closes the connection after the final event was written; the stream stays, ENDED, for a
     * late resume until its retention ends.
     */
    void finish() {
        EventSink sink;
        synchronized (lock) {
            if (state != State.LIVE) {
                return;
            }
            sink = connection.sink;
            connection = null;
            state = State.ENDED;
            detachedAtMillis = clock.millis();
            if (endedAtMillis.isEmpty()) {
                endedAtMillis = OptionalLong.of(detachedAtMillis);
            }
        }
        closeQuietly(sink);
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
     * SSE polling: closes a connection of a client that resumes by itself (one that was sent a
     * priming event) once it is {@code maxAgeMillis} old, between two writes, so that no proxy
     * cuts it in the middle of an event. The stream stays for the client's resume.
     *
     * @return true when the connection was closed
     */
    boolean closeIfOlderThan(long nowMillis, long maxAgeMillis) {
        EventSink sink;
        synchronized (lock) {
            Connection current = connection;
            if (!polled || current == null || current.draining || nowMillis - current.attachedAtMillis < maxAgeMillis) {
                return false;
            }
            sink = detachLocked(nowMillis);
        }
        closeQuietly(sink);
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
            current.draining = true;
            current.writtenAtMillis = nowMillis;
            toDrain = current;
        }
        schedule(toDrain);
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
                return state != State.CLOSED;
            }
            current.keepAliveDue = true;
            if (current.draining) {
                return true;
            }
            current.draining = true;
            toDrain = current;
        }
        schedule(toDrain);
        return true;
    }

    /**
     * When the stream lost its connection, if it is detached after having had one; empty while it
     * waits for its first connection (it was just opened) and in any other state.
     */
    OptionalLong droppedAtMillis() {
        synchronized (lock) {
            return state == State.DETACHED && hadConnection ? OptionalLong.of(detachedAtMillis) : OptionalLong.empty();
        }
    }

    State state() {
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

    private void schedule(Connection target) {
        try {
            executor.execute(() -> drain(target));
        } catch (RuntimeException rejected) {
            failed(target, rejected);
        }
    }

    /** Writes what is due to {@code target} until nothing is, or a write is still under way. */
    private void drain(Connection target) {
        while (true) {
            Batch batch;
            boolean ended = false;
            synchronized (lock) {
                batch = connection == target ? target.takeBatch(id, buffer, retryMillis, clock.millis()) : null;
                if (batch == null) {
                    target.draining = false;
                    ended = connection == target && finalSeq > 0 && target.cursor >= finalSeq;
                }
            }
            if (ended) {
                onEnd.accept(this);
                return;
            }
            if (batch == null) {
                return;
            }
            if (!batch.writeFrom(0, target.sink, error -> failed(target, error), () -> drain(target))) {
                return;
            }
        }
    }

    private void failed(Connection target, Throwable error) {
        EventSink sink;
        synchronized (lock) {
            if (connection != target) {
                return;
            }
            sink = detachLocked(clock.millis());
        }
        stats.writeFailed();
        LOG.log(Level.FINE, "Stream " + id + " lost its connection", error);
        closeQuietly(sink);
        lost();
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

    private EventSink detachLocked(long nowMillis) {
        EventSink sink = connection.sink;
        connection = null;
        state = State.DETACHED;
        detachedAtMillis = nowMillis;
        return sink;
    }

    private static void closeQuietly(EventSink sink) {
        if (sink == null) {
            return;
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }
}
