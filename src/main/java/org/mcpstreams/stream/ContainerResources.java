package org.mcpstreams.stream;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** What the registry takes from the container: the time, and threads for delivery and sweeping. */
@ApplicationScoped
public class ContainerResources {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Produces
    @McpStreams
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Typed(Executor.class)
    @McpStreams
    Executor executor() {
        return executor;
    }

    @Produces
    @Typed(ScheduledExecutorService.class)
    @McpStreams
    ScheduledExecutorService scheduler() {
        return scheduler;
    }
}
