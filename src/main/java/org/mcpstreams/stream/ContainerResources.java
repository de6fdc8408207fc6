package org.mcpstreams.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the registry takes from the container: the time, and its default managed executors for
 * delivery and sweeping. They are looked up by their standard JNDI names rather than injected
 * with {@code @Resource}, which some servers ignore in library jars.
 */
@ApplicationScoped
public class ContainerResources {

    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    @Produces
    @McpStreams
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Typed(Executor.class)
    @McpStreams
    Executor executor() {
        return lookup(EXECUTOR);
    }

    @Produces
    @Typed(ScheduledExecutorService.class)
    @McpStreams
    ScheduledExecutorService scheduler() {
        return lookup(SCHEDULER);
    }

    private static <T> T lookup(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + name, e);
        }
    }
}
