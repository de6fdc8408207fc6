package org.mcpstreams.features;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.mcpstreams.config.FeatureLimits;

/**
 * The threads application methods (tools, resources, prompts, completions) run on: threads of
 * the container's default managed thread factory in a pool of {@code mcp.features.call-threads}
 * that grows on demand and shrinks when idle. Each call runs in the context of the request that
 * made it (the caller's security identity above all; a thread started for one user serves
 * others), captured by the container's default context service. Calls beyond the pool wait their
 * turn. Kept apart from the registry's delivery, which must never wait behind a tool that blocks.
 */
@ApplicationScoped
@Typed(CallThreads.class)
public class CallThreads implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";
    static final String CONTEXT_SERVICE = "java:comp/DefaultContextService";

    @Inject
    FeatureLimits limits;

    private volatile ThreadPoolExecutor pool;
    private volatile ContextService contexts;

    /** Runs {@code call} on the pool, in the context (security, naming, class loader) of the caller. */
    @Override
    public void execute(Runnable call) {
        pool().execute(contexts().contextualRunnable(call));
    }

    @PreDestroy
    void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private ThreadPoolExecutor pool() {
        ThreadPoolExecutor current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    ThreadPoolExecutor created = new ThreadPoolExecutor(limits.callThreads(), limits.callThreads(), 60,
                            TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads());
                    created.allowCoreThreadTimeOut(true);
                    pool = created;
                }
                current = pool;
            }
        }
        return current;
    }

    private ContextService contexts() {
        ContextService current = contexts;
        if (current == null) {
            current = lookup(CONTEXT_SERVICE);
            contexts = current;
        }
        return current;
    }

    private static ManagedThreadFactory threads() {
        return lookup(THREAD_FACTORY);
    }

    private static <T> T lookup(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + name, e);
        }
    }
}
