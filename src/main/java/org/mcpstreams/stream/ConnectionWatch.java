package org.mcpstreams.stream;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Closes dropped connections without ever blocking whoever dropped them, and frees the threads a
 * connection's sink holds too long, for every stream of a registry. A close can block as a write
 * does: a container may flush what is pending first (RESTEasy waits for its flush) or hold a lock
 * of the connection while a thread is blocked writing to it (Jersey). So a connection with a
 * thread inside its sink is closed by that thread when it leaves, and any other is closed on a
 * delivery thread. Every connection with a thread inside or a close to come is watched, whatever
 * becomes of its stream: at each sweep, a thread inside for the write timeout (at once after a
 * time-out) is interrupted, again at the next sweep if the container blocks it anew.
 */
final class ConnectionWatch {

    /** Whether this thread runs a drain: a close it asks for follows its writes there and then. */
    private static final ThreadLocal<Boolean> DRAINING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Executor executor;
    private final Clock clock;
    private final long timeoutMillis;
    private final Set<Connection> watched = ConcurrentHashMap.newKeySet();

    /** @param executor the delivery threads: a pool of its own, never the caller's thread */
    ConnectionWatch(Executor executor, Clock clock, long timeoutMillis) {
        this.executor = executor;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * For a connection just dropped, under its stream's lock: the connection to {@link #close}
     * once the lock is released, or null when there is none or the thread inside its sink closes
     * it on leaving.
     */
    Connection handOver(Connection dropped) {
        if (dropped == null || dropped.use.closeNowOrOnLeave()) {
            return dropped;
        }
        watched.add(dropped);
        return null;
    }

    /**
     * Closes {@code dropped}, if not null, on a delivery thread: on this one when it runs a drain
     * (a stream's end closes its connection right after its last write, in order, as the container
     * expects), else on another; called without any lock.
     */
    void close(Connection dropped) {
        if (dropped == null) {
            return;
        }
        if (DRAINING.get()) {
            closeNow(dropped);
            return;
        }
        dropped.use.closeQueued();
        watched.add(dropped);
        try {
            executor.execute(() -> closeHere(dropped));
        } catch (RuntimeException rejected) {
            Connection.close(dropped); // the pool is shut down: no delivery is left to wait for this thread
            dropped.use.closeDone();
        }
    }

    /** Closes {@code dropped} on this delivery thread, watched as a write is; called without any lock. */
    void closeNow(Connection dropped) {
        dropped.use.closeQueued();
        watched.add(dropped);
        closeHere(dropped);
    }

    /** Runs {@code drain} on this delivery thread, marked as draining. */
    static void draining(Runnable drain) {
        DRAINING.set(Boolean.TRUE);
        try {
            drain.run();
        } finally {
            DRAINING.set(Boolean.FALSE);
        }
    }

    /** Interrupts the threads held too long by a watched connection; forgets the ones done with. */
    void sweep() {
        long nowMillis = clock.millis();
        for (Connection connection : watched) {
            if (!connection.use.interruptIfStalled(nowMillis, timeoutMillis)) {
                watched.remove(connection);
                if (connection.use.busy()) { // busy again meanwhile
                    watched.add(connection);
                }
            }
        }
    }

    private void closeHere(Connection dropped) {
        Thread self = Thread.currentThread();
        long nowMillis = clock.millis();
        dropped.use.enter(self, nowMillis);
        DeliveryPool.writing(nowMillis);
        Connection.close(dropped);
        DeliveryPool.writing(0);
        dropped.use.leave(self);
        dropped.use.closeDone();
        Thread.interrupted(); // clears an interrupt meant for a close that has finished meanwhile
    }
}
