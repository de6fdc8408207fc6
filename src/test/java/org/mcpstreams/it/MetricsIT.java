package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's figures where operators look on each server: MicroProfile Metrics' application
 * scope where the server has it, otherwise MicroProfile Telemetry, exported by OTLP (here to a
 * receiver the test runs; the deployment turns the SDK on and points it there).
 */
class MetricsIT extends DeployedWarClient {

    private static final OtlpReceiver COLLECTOR = startCollector();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("measured", "otel.sdk.disabled=false", "otel.metrics.exporter=otlp",
                "otel.traces.exporter=none", "otel.logs.exporter=none",
                "otel.exporter.otlp.protocol=http/protobuf", "otel.exporter.otlp.endpoint=" + COLLECTOR.endpoint(),
                "otel.metric.export.interval=200");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.close();
    }

    @Test
    void openStreamsAreCountedWhereTheServerPublishesMetrics() throws Exception {
        try (SseConnection stream = server.openStream(server.newSession())) {
            stream.nextEvent();
            if (TestServer.current().microProfileMetrics()) {
                String metrics = server.metrics();
                assertTrue(metrics.matches("(?s).*\\nmcp_streams_open\\{[^}]*} [1-9][0-9.]*\\n.*"), metrics);
                assertTrue(metrics.contains("# HELP mcp_streams_replay_gap_total "), metrics);
            } else {
                assertTrue(exported("mcp_streams_open") >= 1, "mcp_streams_open exported by OTLP " + COLLECTOR.problems());
                assertTrue(COLLECTOR.gauge("mcp_streams_replay_gap_total").isPresent(),
                        "mcp_streams_replay_gap_total exported by OTLP");
            }
        }
    }

    /** The first positive value the collector receives for {@code gauge} within 20 s, else 0. */
    private static long exported(String gauge) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            OptionalLong value = COLLECTOR.gauge(gauge);
            if (value.isPresent() && value.getAsLong() > 0) {
                return value.getAsLong();
            }
            Thread.sleep(100);
        }
        return 0;
    }

    private static OtlpReceiver startCollector() {
        try {
            return new OtlpReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
