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
 * A fixed number of threads from the container's default managed thread factory, so that they
 * carry the application's context. Tasks beyond the threads wait their turn in order. Unlike the
 * container's managed executor, it does not capture and restore a context for each task, which
 * costs more than writing an event: a thread keeps the context of whoever made it (a user's
 * identity included), so a pool that runs tasks as they are either makes its threads in
 * {@link #start()}, called at the application's start-up, and keeps them; one whose tasks bring
 * their own context may make them on demand and let idle ones end after a minute.
 */
public final class ManagedPool implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private final IntSupplier size;
    private final boolean keepThreads;
    private final IntSupplier queueCapacity;
    private volatile ThreadPoolExecutor pool;
    private boolean stopped;

    /**
     * @param size the number of threads, read at {@link #start()} (configuration may not be ready before)
     * @param keepThreads whether {@link #start()} makes every thread and none ever ends, rather
     *     than making them on demand and ending idle ones
     */
    public ManagedPool(IntSupplier size, boolean keepThreads) {
        this(size, keepThreads, () -> Integer.MAX_VALUE);
    }

    /**
     * A pool whose tasks wait for a thread at most {@code queueCapacity} at a time (0: none wait);
     * one past that is refused with {@link RejectedExecutionException}.
     *
     * @param queueCapacity read at {@link #start()}, like {@code size}
     */
    public ManagedPool(IntSupplier size, boolean keepThreads, IntSupplier queueCapacity) {
        this.size = size;
        this.keepThreads = keepThreads;
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
     * Looks the thread factory up and makes the pool, if not done yet, with its threads when it
     * keeps them.
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
            if (keepThreads) {
                created.prestartAllCoreThreads();
            } else {
                created.allowCoreThreadTimeOut(true);
            }
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
