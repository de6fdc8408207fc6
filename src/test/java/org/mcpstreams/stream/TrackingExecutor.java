package org.mcpstreams.stream;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real thread pool that counts the tasks not yet finished, so a test can wait until every drain
 * and completion has run, without sleeping. A task queued by a running task is counted before
 * the running one finishes, so the count reaches zero only when the work is done.
 */
final class TrackingExecutor implements Executor, AutoCloseable {

    private final ExecutorService pool;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final Object quiet = new Object();

    TrackingExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    @Override
    public void execute(Runnable task) {
        outstanding.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException rejected) {
            finished();
            throw rejected;
        }
    }

    /** Waits until no task is queued or running; false when {@code timeout} passed first. */
    boolean awaitQuiet(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (quiet) {
            while (outstanding.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(quiet, left);
            }
        }
        return true;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void finished() {
        if (outstanding.decrementAndGet() == 0) {
            synchronized (quiet) {
                quiet.notifyAll();
            }
        }
    }
}
