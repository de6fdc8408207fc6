package org.mcpstreams.stream;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A fixed number of threads from the container's default managed thread factory, so that they
 * carry the application's context, created on first use, idle ones ending after a minute. Tasks
 * beyond the threads wait their turn in order. Unlike the container's managed executor, it does
 * not capture and restore a context for each task, which costs more than writing an event.
 */
public final class ManagedPool implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private final IntSupplier size;
    private volatile ThreadPoolExecutor pool;

    /** @param size the number of threads, read on first use (configuration may not be ready before) */
    public ManagedPool(IntSupplier size) {
        this.size = size;
    }

    @Override
    public void execute(Runnable task) {
        pool().execute(task);
    }

    /** Stops the threads; queued tasks are dropped. Does nothing if no thread was ever started. */
    public void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private ThreadPoolExecutor pool() {
        ThreadPoolExecutor current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    int threads = size.getAsInt();
                    ThreadPoolExecutor created = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                            new LinkedBlockingQueue<>(), threads());
                    created.allowCoreThreadTimeOut(true);
                    pool = created;
                }
                current = pool;
            }
        }
        return current;
    }

    private static ManagedThreadFactory threads() {
        try {
            return InitialContext.doLookup(THREAD_FACTORY);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + THREAD_FACTORY, e);
        }
    }
}
