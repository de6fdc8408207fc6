package org.mcpstreams.stream;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * The drain of one stream: writes what is due to the stream's connection on the delivery threads,
 * and drops the connection when a write fails or does not finish within the write timeout. It
 * keeps no state of its own: the stream's lock guards the bookkeeping it does ({@link Connection}:
 * what is due, what is being written and since when), and it takes that lock for each step; sink
 * writes and closes happen outside it. At most one drain per connection runs at a time, so a sink
 * sees one write after the other, in sequence order.
 */
final class StreamDrain {

    private static final Logger LOG = Logger.getLogger(StreamDrain.class.getName());
    private static final RateLimitedLog STALLED = RateLimitedLog.refusals(LOG);

    private final SseStream stream;
    private final Object lock;
    private final Executor executor;
    private final Clock clock;
    private final RegistryStats stats;
    private final Consumer<SseStream> onEnd;
    private final ConnectionWatch watch;

    /**
     * @param lock the lock of {@code stream}
     * @param onEnd called once the stream's final event is written
     */
    StreamDrain(SseStream stream, Object lock, Executor executor, Clock clock, RegistryStats stats,
            Consumer<SseStream> onEnd, ConnectionWatch watch) {
        this.stream = stream;
        this.lock = lock;
        this.executor = executor;
        this.clock = clock;
        this.stats = stats;
        this.onEnd = onEnd;
        this.watch = watch;
    }

    /** Starts a drain of {@code target}; nothing for null. */
    void schedule(Connection target) {
        if (target == null) {
            return;
        }
        try {
            executor.execute(() -> ConnectionWatch.draining(() -> drain(target)));
        } catch (RuntimeException rejected) {
            failed(target, rejected);
        }
    }

    /**
     * Closes the connection when a write to it has not finished within {@code timeoutMillis}: a
     * client that stopped reading. A thread blocked in that write is interrupted, which fails
     * the write and frees the thread. The stream stays for the client's resume.
     *
     * @return true when the connection was closed
     */
    boolean closeIfWriteStalled(long nowMillis, long timeoutMillis) {
        Connection dropped;
        synchronized (lock) {
            Connection current = stream.connectionLocked();
            if (current == null || !current.writeStalled(nowMillis, timeoutMillis)) {
                return false;
            }
            current.use.timedOut();
            dropped = stream.detachLocked(nowMillis);
        }
        stats.writeTimedOut();
        STALLED.log(() -> "Stream " + stream.id + ": a write did not finish within " + timeoutMillis
                + " ms; its connection is closed for the client to resume");
        watch.close(dropped);
        stream.lost();
        return true;
    }

    /**
     * Writes what is due to {@code target} until nothing is, or a write is still under way; a
     * write that completes later schedules the next drain, so that drains run on the executor's
     * threads only, never on the container's.
     */
    private void drain(Connection target) {
        Thread self = Thread.currentThread();
        while (true) {
            Batch batch = null;
            boolean ended = false;
            Connection leaving = null;
            long nowMillis = clock.millis();
            synchronized (lock) {
                target.writing = false;
                if (stream.connectionLocked() == target && target.leaveDue() && !stream.finalHandedLocked(target)) {
                    leaving = stream.detachLocked(nowMillis);
                }
                if (stream.connectionLocked() == target) {
                    batch = stream.dueLocked(target, nowMillis);
                }
                if (batch == null) {
                    target.draining = false;
                    ended = stream.connectionLocked() == target && stream.finalHandedLocked(target);
                } else {
                    target.writeStarted(nowMillis);
                    target.use.enter(self, nowMillis);
                    DeliveryPool.writing(nowMillis);
                }
            }
            if (leaving != null) {
                watch.closeNow(leaving);
            }
            if (ended) {
                onEnd.accept(stream);
                return;
            }
            if (batch == null) {
                return;
            }
            boolean done = batch.writeFrom(0, target.sink, error -> failed(target, error), () -> written(target));
            boolean close = target.use.leave(self);
            DeliveryPool.writing(0);
            Thread.interrupted(); // clears an interrupt meant for a write that has finished meanwhile
            if (close) {
                watch.closeNow(target);
            }
            if (!done) {
                return;
            }
        }
    }

    /** A write that went on asynchronously finished: the next drain may start. */
    private void written(Connection target) {
        synchronized (lock) {
            target.writing = false;
        }
        schedule(target);
    }

    /**
     * A write failed: the connection is dropped and closed. A delivery thread that failed inside
     * the sink leaves it first, so that no interrupt meant for the write reaches what follows.
     */
    private void failed(Connection target, Throwable error) {
        Thread self = Thread.currentThread();
        Connection dropped;
        synchronized (lock) {
            if (stream.connectionLocked() != target) {
                return;
            }
            dropped = stream.detachLocked(clock.millis());
        }
        if (target.use.heldBy(self)) {
            dropped = target.use.leave(self) ? target : dropped;
            Thread.interrupted();
        }
        stats.writeFailed();
        LOG.log(Level.FINE, "Stream " + stream.id + " lost its connection", error);
        watch.close(dropped);
        stream.lost();
    }
}
