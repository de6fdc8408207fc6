package org.mcpstreams.metrics;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;

/**
 * Gauges as OpenTelemetry instruments of MicroProfile Telemetry, exported wherever the server's
 * OpenTelemetry is configured to send metrics (off until {@code otel.sdk.disabled=false}).
 * A bean only when {@link MetricsExtension} finds the API on the class path.
 */
class TelemetryPublisher implements GaugePublisher {

    static final String SCOPE = "org.mcpstreams";

    private final Instance<OpenTelemetry> telemetry;
    private Meter meter;

    @Inject
    TelemetryPublisher(Instance<OpenTelemetry> telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public String api() {
        return "MicroProfile Telemetry";
    }

    @Override
    public int preference() {
        return 1;
    }

    @Override
    public boolean available() {
        return telemetry.isResolvable();
    }

    @Override
    public synchronized Runnable publish(StreamGauge<?> gauge, LongSupplier value) {
        if (meter == null) {
            meter = telemetry.get().getMeter(SCOPE);
        }
        ObservableLongGauge instrument = meter.gaugeBuilder(gauge.name()).setDescription(gauge.description()).ofLongs()
                .buildWithCallback(measurement -> measurement.record(value.getAsLong()));
        return instrument::close;
    }
}
