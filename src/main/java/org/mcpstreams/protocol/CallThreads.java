package org.mcpstreams.protocol;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.stream.ContainerLookup;
import org.mcpstreams.stream.ManagedPool;

/**
 * The threads application code runs on (tools, resources, prompts, completions, and the actions
 * a call registers for its cancellation): a
 * {@link ManagedPool} of {@code mcp.features.call-threads}. Each call runs in the context of the
 * request that made it (the caller's security identity above all; a thread started for one user
 * serves others), captured by the container's default context service. Calls beyond the pool wait
 * their turn, at most {@code mcp.features.max-queued-calls}; one more is refused. Kept apart from
 * the registry's delivery, which must never wait behind a tool that blocks.
 */
@ApplicationScoped
@Typed(CallThreads.class)
public class CallThreads implements Executor {

    static final String CONTEXT_SERVICE = "java:comp/DefaultContextService";

    private final ManagedPool pool;
    private ContextService contexts;

    @Inject
    CallThreads(FeatureLimits limits) {
        this.pool = limits == null ? null : new ManagedPool(limits::callThreads, false, limits::maxQueuedCalls);
    }

    /** For the CDI container's proxy only. */
    CallThreads() {
        this(null);
    }

    /**
     * Runs {@code call} on the pool, in the context (security, naming, class loader) of the caller.
     *
     * @throws java.util.concurrent.RejectedExecutionException when every thread is busy and
     *     {@code mcp.features.max-queued-calls} calls wait already, or the application stops
     */
    @Override
    public void execute(Runnable call) {
        pool.execute(contextual(call));
    }

    /** The context service and the pool are looked up at start-up, on a thread of the container. */
    @PostConstruct
    void start() {
        contexts = ContainerLookup.lookup(CONTEXT_SERVICE);
        pool.start();
    }

    /**
     * {@code task} bound to the context (security identity, naming, class loader) of the thread
     * calling this now, whatever thread it later runs on.
     */
    public Runnable contextual(Runnable task) {
        return contexts.contextualRunnable(task);
    }

    @PreDestroy
    void shutdown() {
        pool.shutdown();
    }
}
