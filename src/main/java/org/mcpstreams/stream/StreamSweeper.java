package org.mcpstreams.stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link Sweepable} bean's sweep (expiry, keep-alive) at the configured interval, from
 * application start (which also creates the registry, so that bad limits fail the deployment) to
 * shutdown.
 */
@ApplicationScoped
public class StreamSweeper {

    private static final Logger LOG = Logger.getLogger(StreamSweeper.class.getName());

    private final StreamRegistry registry;
    private final Instance<Sweepable> sweepables;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> task;

    @Inject
    StreamSweeper(StreamRegistry registry, @Any Instance<Sweepable> sweepables,
            @McpStreams ScheduledExecutorService scheduler) {
        this.registry = registry;
        this.sweepables = sweepables;
        this.scheduler = scheduler;
    }

    /** For the CDI container's proxy only. */
    StreamSweeper() {
        this(null, null, null);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long interval = registry.limits().sweepInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "mcp-streams registry started: " + registry.limits());
    }

    private void sweep() {
        for (Sweepable sweepable : sweepables) {
            try {
                sweepable.sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A sweep failed; it runs again at the next interval", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
