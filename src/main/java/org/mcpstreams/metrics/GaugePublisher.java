package org.mcpstreams.metrics;

import java.util.function.LongSupplier;

/**
 * A metrics API the server offers. The seam between the registry's figures and whichever API
 * the server has: MicroProfile Metrics on Payara and Open Liberty, MicroProfile Telemetry
 * (OpenTelemetry) on WildFly and wherever MicroProfile Metrics is missing.
 */
interface GaugePublisher {

    /** The API's name, for the start-up log line. */
    String api();

    /** Where this API stands among those a server may offer at once: the lowest is used. */
    int preference();

    /** Whether the server provides this API to the application. */
    boolean available();

    /**
     * Publishes one figure, read each time the API collects it.
     *
     * @return what withdraws the figure, when the application stops
     */
    Runnable publish(StreamGauge<?> gauge, LongSupplier value);
}
