package org.mcpstreams.metrics;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges in MicroProfile Metrics' application registry ({@code /metrics?scope=application}).
 * A bean only when {@link MetricsExtension} finds the API on the class path.
 */
class MicroProfileMetricsPublisher implements GaugePublisher {

    private final Instance<MetricRegistry> registry;

    @Inject
    MicroProfileMetricsPublisher(Instance<MetricRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String api() {
        return "MicroProfile Metrics";
    }

    @Override
    public int preference() {
        return 0;
    }

    @Override
    public boolean available() {
        return registry.isResolvable();
    }

    @Override
    public Runnable publish(StreamGauge<?> gauge, LongSupplier value) {
        Metadata metadata = Metadata.builder().withName(gauge.name()).withDescription(gauge.description()).build();
        MetricRegistry metrics = registry.get();
        metrics.gauge(metadata, value, LongSupplier::getAsLong);
        return () -> metrics.remove(gauge.name());
    }
}
