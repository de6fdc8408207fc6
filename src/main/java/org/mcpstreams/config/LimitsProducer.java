package org.mcpstreams.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Makes the validated settings injectable, read once from MicroProfile Config. */
@ApplicationScoped
public class LimitsProducer {

    @Produces
    @Singleton
    McpConfig mcpConfig(Config config) {
        return McpConfig.from(key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    @Singleton
    StreamLimits streamLimits(McpConfig all) {
        return all.streams();
    }

    @Produces
    @Singleton
    SessionLimits sessionLimits(McpConfig all) {
        return all.sessions();
    }

    @Produces
    @Singleton
    TransportLimits transportLimits(McpConfig all) {
        return all.transport();
    }

    @Produces
    @Singleton
    FeatureLimits featureLimits(McpConfig all) {
        return all.features();
    }

    @Produces
    @Singleton
    InputRequiredSettings inputRequiredSettings(McpConfig all) {
        return all.inputRequired();
    }

    @Produces
    @Singleton
    TaskLimits taskLimits(McpConfig all) {
        return all.tasks();
    }
}
