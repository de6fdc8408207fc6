package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's figures where operators look on each server: MicroProfile Metrics' application
 * scope where the server has it, otherwise MicroProfile Telemetry, exported by OTLP (here to a
 * receiver the test runs; the deployment turns the SDK on and points it there). Each refusal past
 * a share or a limit raises its figure; the deployment's limits are small so that one client
 * reaches each.
 */
class MetricsIT extends DeployedWarClient {

    private static final OtlpReceiver COLLECTOR = startCollector();
    private static final String V = "2025-11-25";
    private static final int MAX_SESSIONS = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("measured", "otel.sdk.disabled=false", "otel.metrics.exporter=otlp",
                "otel.traces.exporter=none", "otel.logs.exporter=none",
                "otel.exporter.otlp.protocol=http/protobuf", "otel.exporter.otlp.endpoint=" + COLLECTOR.endpoint(),
                "otel.metric.export.interval=200", "mcp.sessions.max=" + MAX_SESSIONS, "mcp.sessions.max-subscriptions=1",
                "mcp.sessions.max-pending-client-requests=1", "mcp.transport.max-body-bytes=4096",
                "mcp.transport.max-batch=2");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.close();
    }

    @Test
    void openStreamsAreCountedWhereTheServerPublishesMetrics() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            if (TestServer.current().microProfileMetrics()) {
                String metrics = server.metrics();
                assertTrue(metrics.matches("(?s).*\\nmcp_streams_open\\{[^}]*} [1-9][0-9.]*\\n.*"), metrics);
                assertTrue(metrics.contains("# HELP mcp_streams_replay_gap_total "), metrics);
                assertTrue(metrics.matches("(?s).*\\nmcp_streams_delivery_threads\\{[^}]*} [1-9][0-9.]*\\n.*"), metrics);
            } else {
                assertTrue(exported("mcp_streams_open") >= 1, "mcp_streams_open exported by OTLP " + COLLECTOR.problems());
                assertTrue(COLLECTOR.gauge("mcp_streams_replay_gap_total").isPresent(),
                        "mcp_streams_replay_gap_total exported by OTLP");
                assertTrue(exported("mcp_streams_delivery_threads") >= 1, "mcp_streams_delivery_threads exported by OTLP");
            }
        } finally {
            server.delete(session);
        }
    }

    @Test
    void aSubscriptionPastTheSessionsShareIsCounted() throws Exception {
        long before = figure("mcp_streams_subscriptions_refused_total");
        String session = server.newSession();
        try {
            assertTrue(subscribe(session, 1, "test://a").contains("\"id\":1,\"result\""));
            String refused = subscribe(session, 2, "test://b");
            assertTrue(refused.contains("\"id\":2,\"error\":{\"code\":-32602"), refused);
        } finally {
            server.delete(session);
        }
        assertRises("mcp_streams_subscriptions_refused_total", before);
    }

    @Test
    void aRequestToAClientPastTheSessionsShareIsCounted() throws Exception {
        long before = figure("mcp_streams_client_requests_refused_total");
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            CompletableFuture<HttpResponse<String>> waiting = server.supportAsync(clientRequest(session));
            assertTrue(String.join("\n", stream.nextEvent()).contains("\"method\":\"roots/list\""), "the first was sent");
            String refused = server.support(clientRequest(session));
            assertTrue(refused.startsWith("error -32603 "), refused);
            server.delete(session);
            waiting.get(20, TimeUnit.SECONDS);
        }
        assertRises("mcp_streams_client_requests_refused_total", before);
    }

    @Test
    void aSessionPastTheMaximumIsCounted() throws Exception {
        long before = figure("mcp_streams_sessions_refused_total");
        List<String> sessions = new ArrayList<>();
        try {
            HttpResponse<String> started = initialize();
            while (started.statusCode() == 200 && sessions.size() <= MAX_SESSIONS) {
                sessions.add(started.headers().firstValue("Mcp-Session-Id").orElseThrow());
                started = initialize();
            }
            assertEquals(503, started.statusCode(), started.body());
        } finally {
            for (String session : sessions) {
                server.delete(session);
            }
        }
        assertRises("mcp_streams_sessions_refused_total", before);
    }

    @Test
    void aBodyLargerThanAllowedIsCounted() throws Exception {
        long before = figure("mcp_streams_bodies_refused_total");
        String session = server.newSession();
        try {
            HttpResponse<String> refused = server.post(session, V, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\","
                    + "\"params\":{\"padding\":\"" + "x".repeat(5000) + "\"}}");
            assertEquals(413, refused.statusCode(), refused.body());
        } finally {
            server.delete(session);
        }
        assertRises("mcp_streams_bodies_refused_total", before);
    }

    @Test
    void aBatchLongerThanAllowedIsCounted() throws Exception {
        long before = figure("mcp_streams_batches_refused_total");
        String session = server.initialize("2025-03-26");
        try {
            HttpResponse<String> refused = server.post(session, "2025-03-26", "[" + ping(1) + "," + ping(2) + ","
                    + ping(3) + "]");
            assertEquals(400, refused.statusCode(), refused.body());
        } finally {
            server.delete(session);
        }
        assertRises("mcp_streams_batches_refused_total", before);
    }

    /** Fails unless {@code figure} rises above {@code before} within 20 s (the OTLP export runs every 200 ms). */
    private void assertRises(String figure, long before) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        long now = figure(figure);
        while (now <= before && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            now = figure(figure);
        }
        assertTrue(now > before, figure + " is " + now + ", was " + before + "; published where operators look? "
                + COLLECTOR.problems());
    }

    /**
     * A figure as operators see it: in {@code /metrics} where the server has MicroProfile Metrics,
     * else as last exported by OTLP; 0 when it is not published (yet).
     */
    private long figure(String name) throws IOException, InterruptedException {
        if (!TestServer.current().microProfileMetrics()) {
            return COLLECTOR.gauge(name).orElse(0);
        }
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(server.metrics());
        return line.find() ? (long) Double.parseDouble(line.group(1)) : 0;
    }

    private HttpResponse<String> initialize() throws IOException, InterruptedException {
        return server.post(null, V, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + V + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}");
    }

    /** Subscribes (its answer streams) and returns the stream's text. */
    private String subscribe(String session, int id, String uri) throws Exception {
        try (SseConnection answer = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"" + uri + "\"}}")) {
            return answer.body();
        }
    }

    private static String clientRequest(String session) {
        return "client-request?session=" + session + "&method=roots/list";
    }

    private static String ping(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}";
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
