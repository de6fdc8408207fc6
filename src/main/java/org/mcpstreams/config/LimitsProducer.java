package org.mcpstreams.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Makes the validated {@link StreamLimits} injectable, read from MicroProfile Config. */
@ApplicationScoped
public class LimitsProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    StreamLimits streamLimits() {
        return StreamLimits.from(key -> config.getOptionalValue(key, String.class));
    }
}
