package org.mcpstreams.stream;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Closes one stream's dropped connections without ever blocking whoever dropped them. A close
 * can block as a write does: a container may flush what is pending first (RESTEasy waits for its
 * flush to complete) or hold a lock of the connection while a thread is blocked writing to it
 * (Jersey). So a connection with a thread in a write is closed by that thread when it leaves the
 * write, and any other is closed on a delivery thread, as a write. Such threads are the
 * connection's writer until they leave; once one has been at it for the write timeout, each
 * sweep interrupts it, since a container may block it again while it fails the write. The
 * {@code handOver} and {@code interruptStalled} calls are made under the stream's lock, which
 * also guards this object; it holds nothing while no connection is closing.
 */
final class ConnectionCloser {

    private final Object lock;
    private final Executor executor;
    private final Clock clock;
    private List<Connection> leaving;

    ConnectionCloser(Object lock, Executor executor, Clock clock) {
        this.lock = lock;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * For a connection just dropped: the connection for the caller to {@link #close} once it
     * released the lock, or null when there is none or the thread writing to it closes it on
     * leaving its write.
     */
    Connection handOver(Connection dropped) {
        if (dropped == null || dropped.closeNowOrOnLeave()) {
            return dropped;
        }
        track(dropped);
        return null;
    }

    /** Closes {@code dropped}, if not null, on a delivery thread; called without the stream's lock. */
    void close(Connection dropped) {
        if (dropped == null) {
            return;
        }
        try {
            executor.execute(() -> closeHere(dropped));
        } catch (RuntimeException rejected) {
            Connection.close(dropped); // the pool is shut down: nothing waits for this thread any more
        }
    }

    /** Closes {@code dropped} on this thread, as its writer; called without the stream's lock. */
    void closeHere(Connection dropped) {
        Thread self = Thread.currentThread();
        synchronized (lock) {
            dropped.writeStarted(clock.millis(), self);
            track(dropped);
        }
        Connection.close(dropped);
        synchronized (lock) {
            dropped.writerLeft(self);
        }
        Thread.interrupted(); // clears an interrupt meant for a close that has finished meanwhile
    }

    /** Forgets the connections whose thread left; interrupts the others once their write is stalled. */
    void interruptStalled(long nowMillis, long timeoutMillis) {
        if (leaving == null) {
            return;
        }
        leaving.removeIf(dropped -> !dropped.inWrite());
        for (Connection dropped : leaving) {
            if (dropped.writeStalled(nowMillis, timeoutMillis)) {
                dropped.interruptWriter();
            }
        }
        if (leaving.isEmpty()) {
            leaving = null;
        }
    }

    private void track(Connection dropped) {
        if (leaving == null) {
            leaving = new ArrayList<>(1);
        }
        if (!leaving.contains(dropped)) {
            leaving.add(dropped);
        }
    }
}
