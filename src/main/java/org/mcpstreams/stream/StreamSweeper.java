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

    @Inject
    StreamRegistry registry;

    @Inject
    @Any
    Instance<Sweepable> sweepables;

    @Inject
    @McpStreams
    ScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

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
