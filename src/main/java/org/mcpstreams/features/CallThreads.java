package org.mcpstreams.features;

import jakarta.annotation.PreDestroy;
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
 * the container's default managed thread factory, so they carry the application's context, in a
 * pool of {@code mcp.features.call-threads} that grows on demand and shrinks when idle. Calls
 * beyond it wait their turn. Kept apart from the registry's delivery, which must never wait
 * behind a tool that blocks.
 */
@ApplicationScoped
@Typed(CallThreads.class)
public class CallThreads implements Executor {

    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    @Inject
    FeatureLimits limits;

    private volatile ThreadPoolExecutor pool;

    @Override
    public void execute(Runnable call) {
        pool().execute(call);
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

    private static ManagedThreadFactory threads() {
        try {
            return InitialContext.doLookup(THREAD_FACTORY);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + THREAD_FACTORY, e);
        }
    }
}
