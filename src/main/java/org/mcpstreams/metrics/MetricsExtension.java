package org.mcpstreams.metrics;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Makes a bean of each {@link GaugePublisher} whose API the server puts on the application's
 * class path, and of no other: a class that names a missing API could not even be inspected.
 */
public class MetricsExtension implements Extension {

    void addPublishers(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        addIfVisible(discovery, beans, MicroProfileMetricsPublisher.class, "org.eclipse.microprofile.metrics.MetricRegistry");
        addIfVisible(discovery, beans, TelemetryPublisher.class, "io.opentelemetry.api.OpenTelemetry");
    }

    private static void addIfVisible(BeforeBeanDiscovery discovery, BeanManager beans,
            Class<? extends GaugePublisher> publisher, String apiType) {
        if (visible(apiType)) {
            discovery.addAnnotatedType(beans.createAnnotatedType(publisher), publisher.getName());
        }
    }

    private static boolean visible(String type) {
        try {
            Class.forName(type, false, MetricsExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError missing) {
            return false;
        }
    }
}
