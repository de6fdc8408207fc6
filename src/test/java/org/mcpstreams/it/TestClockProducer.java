package org.mcpstreams.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import org.mcpstreams.stream.McpStreams;
import org.mcpstreams.testsupport.AdjustableClock;

/** Replaces the registry's clock in test deployments with one the tests can move forward. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClockProducer {

    static final AdjustableClock CLOCK = new AdjustableClock();

    @Produces
    @McpStreams
    Clock clock() {
        return CLOCK;
    }
}
