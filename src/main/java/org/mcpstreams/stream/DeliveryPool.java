package org.mcpstreams.stream;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The delivery threads: threads of the container's default managed thread factory, made at
 * start-up and kept (a thread keeps the context of whoever made it, so none is ever made on a
 * caller's thread, which may carry a user's identity: a task that finds no free thread waits in
 * order). A thread that one write has held for a while, a client that stopped reading, gets a
 * {@linkplain #standIn stand-in}, so that the other streams' writes go on.
 */
public final class DeliveryPool implements Executor {

    /** The write this pool thread is in started at the time held here; 0 between writes. */
    private static final ThreadLocal<long[]> WRITE_STARTED = new ThreadLocal<>();
    /** Whether this thread may make pool threads now: during {@link #start} and {@link #standIn}. */
    private static final ThreadLocal<Boolean> MAKING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final IntSupplier size;
    private final LongSupplier millis;
    private final Supplier<ThreadFactory> factory;
    /** Each pool thread's write start, as {@link #WRITE_STARTED} holds it for that thread. */
    private final Map<Thread, long[]> writes = new ConcurrentHashMap<>();
    private volatile ThreadPoolExecutor pool;
    private int baseSize;
    private volatile int held;
    private boolean stopped;

    /**
     * @param size the number of threads, read at {@link #start()} (configuration may not be ready before)
     * @param millis the registry's clock, in milliseconds
     */
    public DeliveryPool(IntSupplier size, LongSupplier millis) {
        this(size, millis, () -> ContainerLookup.<ManagedThreadFactory>lookup(ManagedPool.THREAD_FACTORY));
    }

    /** Such a pool with threads from {@code factory} rather than the container's. */
    DeliveryPool(IntSupplier size, LongSupplier millis, Supplier<ThreadFactory> factory) {
        this.size = size;
        this.millis = millis;
        this.factory = factory;
    }

    /**
     * A pool thread starts a write ({@code nowMillis}) or ends it (0); nothing on another thread.
     * A thread counts as held while one write lasts, not while its task does.
     */
    static void writing(long nowMillis) {
        long[] started = WRITE_STARTED.get();
        if (started != null) {
            started[0] = nowMillis;
        }
    }

    /**
     * @throws RejectedExecutionException once the pool is shut down
     */
    @Override
    public void execute(Runnable task) {
        ThreadPoolExecutor current = pool;
        (current != null ? current : start()).execute(task);
    }

    /**
     * Looks the thread factory up and makes the pool and its threads, if not done yet.
     *
     * @throws RejectedExecutionException once the pool is shut down
     */
    public synchronized ThreadPoolExecutor start() {
        if (stopped) {
            throw new RejectedExecutionException("The pool is shut down");
        }
        if (pool == null) {
            baseSize = size.getAsInt();
            ThreadPoolExecutor created = new ThreadPoolExecutor(baseSize, baseSize, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new OwnThreads(factory.get()));
            making(created::prestartAllCoreThreads);
            pool = created;
        }
        return pool;
    }

    /**
     * Makes one more thread for each thread one write has held for {@code heldMillis} or more, up
     * to {@code maxThreads} in all, and lets the extra threads end once the held ones are free
     * again. The new threads are made here, on the caller's thread, which must carry no user's
     * identity (the sweeper's).
     *
     * @return how many threads are held
     */
    public synchronized int standIn(long heldMillis, int maxThreads) {
        ThreadPoolExecutor current = pool;
        if (current == null || stopped) {
            return 0;
        }
        long startedBefore = millis.getAsLong() - heldMillis;
        held = (int) writes.values().stream().filter(started -> started[0] != 0 && started[0] <= startedBefore)
                .count();
        int wanted = Math.max(baseSize, Math.min(baseSize + held, maxThreads));
        making(() -> {
            if (wanted > current.getCorePoolSize()) {
                current.setMaximumPoolSize(wanted);
                current.setCorePoolSize(wanted);
            } else if (wanted < current.getCorePoolSize()) {
                current.setCorePoolSize(wanted);
                current.setMaximumPoolSize(wanted);
            }
            current.prestartAllCoreThreads(); // also makes up for a thread the factory failed to make
        });
        return held;
    }

    /** The threads one write held for the interval or more at the last {@link #standIn}. */
    public int held() {
        return held;
    }

    /** The number of threads tasks run on now, made or to be made. */
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

    private static void making(Runnable action) {
        MAKING.set(Boolean.TRUE);
        try {
            action.run();
        } finally {
            MAKING.set(Boolean.FALSE);
        }
    }

    /**
     * Makes threads only while {@link #MAKING}, or on a pool thread (one that ends replaces
     * itself); elsewhere none, and the task waits in the queue. Each thread's write start is
     * kept where {@link #standIn} reads it.
     */
    private final class OwnThreads implements ThreadFactory {

        private final ThreadFactory made;

        OwnThreads(ThreadFactory made) {
            this.made = made;
        }

        @Override
        public Thread newThread(Runnable worker) {
            if (!MAKING.get() && WRITE_STARTED.get() == null) {
                return null;
            }
            return made.newThread(() -> {
                long[] started = new long[1];
                WRITE_STARTED.set(started);
                writes.put(Thread.currentThread(), started);
                try {
                    worker.run();
                } finally {
                    writes.remove(Thread.currentThread());
                }
            });
        }
    }
}
