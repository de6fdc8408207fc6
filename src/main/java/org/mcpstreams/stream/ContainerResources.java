package org.mcpstreams.stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * What the registry takes from the container: the time, threads of its default managed thread
 * factory for delivery ({@code mcp.streams.delivery-threads} of them, one per core by default,
 * made at start-up, when the sweeper first asks for the scheduler, so they carry no user's
 * identity, and shut down with the application), and its default managed scheduled executor for
 * sweeping. They are looked up by their standard JNDI names rather than injected with
 * {@code @Resource}, which some servers ignore in library jars. At each sweep, a delivery thread
 * held by one write for a sweep interval or more (a client that stopped reading) gets a stand-in,
 * up to {@code mcp.streams.max-delivery-threads}, until the write times out or ends.
 */
@ApplicationScoped
public class ContainerResources implements Sweepable {

    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(Logger.getLogger(
            ContainerResources.class.getName()));

    static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    private final Clock clock = Clock.systemUTC();
    private final StreamLimits limits;
    private final DeliveryPool delivery;

    @Inject
    ContainerResources(StreamLimits limits) {
        this.limits = limits;
        this.delivery = limits == null ? null : new DeliveryPool(limits::deliveryThreadsAtStart, clock::millis);
    }

    /** For the CDI container's proxy only. */
    ContainerResources() {
        this(null);
    }

    @Produces
    @McpStreams
    Clock clock() {
        return clock;
    }

    @Produces
    @Typed(Executor.class)
    @McpStreams
    Executor executor() {
        return delivery;
    }

    @Produces
    @Typed(ScheduledExecutorService.class)
    @McpStreams
    ScheduledExecutorService scheduler() {
        return ContainerLookup.lookup(SCHEDULER);
    }

    /** The delivery threads are made at start-up, with the application's context and no user's. */
    @PostConstruct
    void start() {
        delivery.start();
    }

    @Override
    public void sweep() {
        try {
            delivery.standIn(limits.sweepInterval().toMillis(), limits.maxDeliveryThreads());
        } catch (RuntimeException | Error e) { // no thread could be made: the next sweep tries again
            WARNINGS.log(() -> "No stand-in delivery thread could be made: " + e);
        }
    }

    /** The delivery threads now, stand-ins included. */
    public int deliveryThreads() {
        return delivery.threads();
    }

    /** The delivery threads one write held for a sweep interval or more, at the last sweep. */
    public int heldDeliveryThreads() {
        return delivery.held();
    }

    @PreDestroy
    void shutdown() {
        delivery.shutdown();
    }
}
