package org.mcpstreams.stream;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A fixed number of threads from the container's default managed thread factory, so that they
 * carry the application's context. Tasks beyond the threads wait their turn in order. Unlike the
 * container's managed executor, it does not capture and restore a context for each task, which
 * costs more than writing an event: a thread keeps the context of whoever made it (a user's
 * identity included), so a pool that runs tasks as they are either makes its threads in
 * {@link #start()}, called at the application's start-up, and keeps them; one whose tasks bring
 * their own context may make them on demand and let idle ones end after a minute. A pool that
 * keeps its threads can also {@linkplain #standIn stand in} for threads a task holds too long.
 */
public final class ManagedPool implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private final IntSupplier size;
    private final boolean keepThreads;
    private final IntSupplier queueCapacity;
    private final LongSupplier millis;
    private final Supplier<ThreadFactory> factory;
    /** When each thread of the pool that runs a task started it, in {@link #millis}. */
    private final Map<Thread, Long> running = new ConcurrentHashMap<>();
    private volatile ThreadPoolExecutor pool;
    private int baseSize;
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
        this(size, keepThreads, queueCapacity, null, ManagedPool::containerFactory);
    }

    /**
     * A pool that keeps its threads and knows since when each runs its task, in {@code millis}
     * (the registry's clock), so that it can {@linkplain #standIn stand in} for held threads.
     */
    public ManagedPool(IntSupplier size, LongSupplier millis) {
        this(size, millis, ManagedPool::containerFactory);
    }

    /** Such a pool with threads from {@code factory} rather than the container's. */
    ManagedPool(IntSupplier size, LongSupplier millis, Supplier<ThreadFactory> factory) {
        this(size, true, () -> Integer.MAX_VALUE, millis, factory);
    }

    private ManagedPool(IntSupplier size, boolean keepThreads, IntSupplier queueCapacity, LongSupplier millis,
            Supplier<ThreadFactory> factory) {
        this.size = size;
        this.keepThreads = keepThreads;
        this.queueCapacity = queueCapacity;
        this.millis = millis;
        this.factory = factory;
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
            baseSize = size.getAsInt();
            int capacity = queueCapacity.getAsInt();
            BlockingQueue<Runnable> queue = capacity == 0 ? new SynchronousQueue<>() : new LinkedBlockingQueue<>(capacity);
            ThreadPoolExecutor created = millis == null
                    ? new ThreadPoolExecutor(baseSize, baseSize, 60, TimeUnit.SECONDS, queue, factory.get())
                    : new TimedExecutor(baseSize, queue, factory.get());
            if (keepThreads) {
                created.prestartAllCoreThreads();
            } else {
                created.allowCoreThreadTimeOut(true);
            }
            pool = created;
        }
        return pool;
    }

    /**
     * Makes one more thread for each thread that has run its task for {@code heldMillis} or more
     * (a write blocked by a client that stopped reading, say), up to {@code maxThreads} in all, and
     * lets the extra threads end once the held ones are free again: tasks that block never take
     * the threads the others need for longer than the interval this is called at. The new threads
     * are made here, on the caller's thread, which must carry no user's identity.
     *
     * @return how many threads are held
     */
    public synchronized int standIn(long heldMillis, int maxThreads) {
        ThreadPoolExecutor current = pool;
        if (current == null || stopped || millis == null) {
            return 0;
        }
        long startedBefore = millis.getAsLong() - heldMillis;
        int held = (int) running.values().stream().filter(started -> started <= startedBefore).count();
        int wanted = Math.max(baseSize, Math.min(baseSize + held, maxThreads));
        if (wanted > current.getCorePoolSize()) {
            current.setMaximumPoolSize(wanted);
            current.setCorePoolSize(wanted);
            current.prestartAllCoreThreads();
        } else if (wanted < current.getCorePoolSize()) {
            current.setCorePoolSize(wanted);
            current.setMaximumPoolSize(wanted);
        }
        return held;
    }

    /** The number of threads the pool runs tasks on now, made or to be made. */
    public int threads() {
        ThreadPoolExecutor current = pool;
        return current == null ? 0 : current.getCorePoolSize();
    }

    /** Stops the threads for good; queued tasks are dropped, later ones refused. */
    public synchronized void shutdown() {
        stopped = true;
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory containerFactory() {
        return ContainerLookup.<ManagedThreadFactory>lookup(THREAD_FACTORY);
    }

    /** Notes when each of its threads starts a task, and forgets it when the task ends. */
    private final class TimedExecutor extends ThreadPoolExecutor {

        TimedExecutor(int threads, BlockingQueue<Runnable> queue, ThreadFactory factory) {
            super(threads, threads, 60, TimeUnit.SECONDS, queue, factory);
        }

        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            running.put(thread, millis.getAsLong());
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            running.remove(Thread.currentThread());
        }
    }
}
