package org.mcpstreams.stream;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Up to a fixed number of threads from the container's default managed thread factory, so that
 * they carry the application's context, made on demand and ended after a minute idle. Tasks beyond
 * the threads wait their turn in order. Unlike the container's managed executor, it does not
 * capture and restore a context for each task; a thread keeps the context of whoever made it (a
 * user's identity included), so its tasks must bring their own (the delivery threads, whose tasks
 * bring none, are a {@link DeliveryPool}: made at start-up and kept).
 */
public final class ManagedPool implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private final IntSupplier size;
    private final IntSupplier queueCapacity;
    private volatile ThreadPoolExecutor pool;
    private boolean stopped;

    /**
     * A pool whose tasks wait for a thread at most {@code queueCapacity} at a time (0: none wait);
     * one past that is refused with {@link RejectedExecutionException}.
     *
     * @param size the number of threads, read at {@link #start()} (configuration may not be ready before)
     * @param queueCapacity read at {@link #start()}, like {@code size}
     */
    public ManagedPool(IntSupplier size, IntSupplier queueCapacity) {
        this.size = size;
        this.queueCapacity = queueCapacity;
    }

    /**
     * @throws RejectedExecutionException once the pool is shut down, or when every thread is busy
     *     and the queue full
     */
    @Override
    public void execute(Runnable task) {
        ThreadPoolExecutor current = pool;
        (current != null ? current : start()).execute(task);
    }

    /**
     * Looks the thread factory up and makes the pool, if not done yet.
     *
     * @throws RejectedExecutionException once the pool is shut down
     */
    public synchronized ThreadPoolExecutor start() {
        if (stopped) {
            throw new RejectedExecutionException("The pool is shut down");
        }
        if (pool == null) {
            int threads = size.getAsInt();
            int capacity = queueCapacity.getAsInt();
            BlockingQueue<Runnable> queue = capacity == 0 ? new SynchronousQueue<>() : new LinkedBlockingQueue<>(capacity);
            ThreadPoolExecutor created = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, queue,
                    ContainerLookup.<ManagedThreadFactory>lookup(THREAD_FACTORY));
            created.allowCoreThreadTimeOut(true);
            pool = created;
        }
        return pool;
    }

    /** Stops the threads for good; queued tasks are dropped, later ones refused. */
    public synchronized void shutdown() {
        stopped = true;
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
