package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Clients that are careless or hostile, black-box over HTTP: each test does what such a client
 * would and checks what the server keeps, writes and answers, and what a well-behaved client
 * still gets meanwhile.
 */
class HostileClientIT extends DeployedWarClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String FORGED = "[#|2026-01-01T00:00:00.000+0000|SEVERE|forged-entry|#]";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("hostile", "mcp.features.call-threads=4", "mcp.features.max-calls-per-session=2",
                "mcp.features.max-queued-calls=2", "mcp.streams.max-per-session=2", "mcp.streams.retry-after-seconds=3",
                "mcp.sessions.max-subscriptions=2", "mcp.sessions.max-pending-client-requests=2",
                "mcp.transport.max-batch=6")
                .addClasses(LogCaptureResource.class, HostileHandlers.class, HostileHandlers.Throwing.class,
                        HostileHandlers.ReturningNull.class, HostileHandlers.Failing.class, HostileHandlers.Never.class);
    }

    @Test
    void aMethodNameWithALineBreakCannotForgeALogEntry() throws Exception {
        server.support("log/start");
        HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/list")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\\n"
                        + FORGED + "\",\"params\":{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());

        List<String> logged = List.of(logLines().split("\u001e"));
        assertTrue(logged.stream().anyMatch(line -> line.contains("\\n" + FORGED)), "the method, escaped: " + logged);
        assertFalse(logged.stream().anyMatch(line -> line.contains("\n") || line.contains("\r")),
                "a logged line holds a line break: " + logged);
    }

    @Test
    void aOneElementArrayIsABatchRefusedAfter20250326() throws Exception {
        String session = server.newSession();
        HttpResponse<String> refused = server.post(session, "2025-11-25", "[{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}]");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"code\":-32600"), refused.body());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":8,\"result\":{}}",
                server.post(session, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}").body());
    }

    @Test
    void anInitializeInAOneElementArrayStartsNoSession() throws Exception {
        HttpResponse<String> refused = server.post(null, null, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}]");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Mcp-Session-Id").isEmpty(), "a session was started");
    }

    @Test
    void aResultLargerThanAStreamKeepsEndsItsCallWithAnErrorWhileAnotherSessionIsServed() throws Exception {
        String greedy = server.newSession();
        try (SseConnection call = server.postStreamed(greedy, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"big\",\"arguments\":{\"characters\":300000}}}")) {
            String response = responseLine(call);
            assertTrue(response.startsWith("data: {\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32603,"), response);
            assertTrue(response.contains("(mcp.streams.buffer.max-bytes)"), response);
            assertEquals(List.of(SseConnection.END), call.nextBlock(), "the call's stream ends");
        }
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                server.post(server.newSession(), "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
    }

    @Test
    void anAnswerRepeatsOnlyABoundedPartOfWhatTheClientSent() throws Exception {
        String session = server.newSession();
        String name = "t".repeat(100_000);
        try (SseConnection call = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"" + name + "\"}}")) {
            String response = responseLine(call);
            assertTrue(response.contains("Unknown tool: " + "t".repeat(100) + "…\""), response);
            assertTrue(response.length() < 300, "the answer is " + response.length() + " characters long");
        }
        HttpResponse<String> refused = server.post(session, "2025-11-25",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"" + "m".repeat(10_000) + "\"}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("the method is longer than 256 characters"), refused.body());
    }

    @Test
    void deletingASessionCancelsItsRunningCall() throws Exception {
        String session = server.newSession();
        int cancelledBefore = Integer.parseInt(server.support("cancelled"));
        try (SseConnection call = server.postStreamed(session,
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"}}")) {
            call.nextEvent();
            assertEquals(200, server.delete(session));
            Instant until = Instant.now().plusSeconds(10);
            while (Integer.parseInt(server.support("cancelled")) == cancelledBefore && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertEquals(cancelledBefore + 1, Integer.parseInt(server.support("cancelled")), "the call was cancelled");
        }
        String other = server.newSession();
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                server.post(other, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
    }

    @Test
    void aMessageForAnEndedSessionIsDroppedNotKept() throws Exception {
        String session = server.newSession();
        assertEquals(200, server.delete(session));
        int sessionsBefore = sessions(server.stats());
        server.notify(session, 1, 3);
        assertEquals(sessionsBefore, sessions(server.stats()), "the ended session's messages are kept: " + server.stats());
    }

    @Test
    void aBatchPastItsSessionsShareOfCallsIsRefusedAtOnceWhileAnotherSessionsCallRuns() throws Exception {
        String hostile = server.initialize("2025-03-26");
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int id = 1; id <= 6; id++) {
            batch.add(toolCall(id, "hold"));
        }
        CompletableFuture<HttpResponse<String>> held = CLIENT.sendAsync(sessionRequest(hostile, "2025-03-26")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);

        String polite = server.newSession();
        Instant asked = Instant.now();
        try (SseConnection call = server.postStreamed(polite, toolCall(7, "count"))) {
            assertTrue(responseLine(call).contains("\"id\":7,\"result\""), "the other session's call was answered");
        }
        Duration waited = Duration.between(asked, Instant.now());
        assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "the other session's call waited " + waited);

        assertEquals(200, CLIENT.send(sessionRequest(hostile, "2025-03-26").DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        String answers = held.get(20, TimeUnit.SECONDS).body();
        assertEquals(4, answers.split("\"code\":-32000").length - 1, "refused past the share of 2: " + answers);
        assertTrue(answers.contains("Too many calls"), answers);
        if (TestServer.current().microProfileMetrics()) {
            // where the figures go by OTLP instead (WildFly), MetricsIT shows them reaching a collector
            assertTrue(server.metrics().matches("(?s).*\\nmcp_streams_calls_refused_total\\{[^}]*} [1-9][0-9.]*\\n.*"),
                    "the refusals are counted where operators look");
        }
    }

    @Test
    void aCallPastTheQueueIsRefusedAtOnceWhileOtherClientsAreStillAnswered() throws Exception {
        List<String> sessions = new ArrayList<>();
        List<SseConnection> holds = new ArrayList<>();
        try {
            for (int s = 0; s < 3; s++) {
                sessions.add(server.newSession());
                for (int id = 1; id <= 2; id++) {
                    holds.add(server.postStreamed(sessions.get(s), toolCall(id, "hold")));
                }
            }
            sessions.add(server.newSession());
            Instant asked = Instant.now();
            try (SseConnection refused = server.postStreamed(sessions.get(3), toolCall(1, "hold"))) {
                String response = responseLine(refused);
                assertTrue(response.contains("\"code\":-32000") && response.contains("busy"), response);
                assertEquals(List.of(SseConnection.END), refused.nextBlock(), "the refused call's stream stays open");
            }
            Duration waited = Duration.between(asked, Instant.now());
            assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "the refusal took " + waited);
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                    server.post(sessions.get(3), "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
        } finally {
            for (String session : sessions) {
                server.delete(session);
            }
            holds.forEach(SseConnection::close);
        }
    }

    @Test
    void aHandlerThatThrowsAnErrorReturnsNullOrFailsStillEndsItsStreamWithAnError() throws Exception {
        String session = server.newSession();
        for (String method : List.of("hostile/error", "hostile/null", "hostile/failed")) {
            try (SseConnection call = server.postStreamed(session,
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"" + method + "\"}")) {
                assertEquals(200, call.status(), method);
                assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}",
                        responseLine(call), method);
                assertEquals(List.of(SseConnection.END), call.nextBlock(), method + ": the stream stays open");
            }
        }
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                server.post(session, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
    }

    @Test
    void aCallWhoseHandlerIgnoresItsCancellationStillEnds() throws Exception {
        String session = server.newSession();
        try (SseConnection call = server.postStreamed(session,
                "{\"jsonrpc\":\"2.0\",\"id\":\"n\",\"method\":\"hostile/never\"}")) {
            call.nextEvent();
            assertEquals(202, server.post(session, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                    + "\"params\":{\"requestId\":\"n\"}}").statusCode());
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":\"n\",\"error\":{\"code\":-32000,"
                    + "\"message\":\"Request cancelled\"}}", responseLine(call));
            assertEquals(List.of(SseConnection.END), call.nextBlock(), "the cancelled call's stream stays open");
        }
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                server.post(session, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
    }

    @Test
    void aSessionPastItsShareOfStreamsIsRefusedWhileAnotherSessionIsServed() throws Exception {
        String greedy = server.newSession();
        String polite = server.newSession();
        long rejectedBefore = figure("sessionRejected", server.stats());
        try (SseConnection one = server.openStream(greedy);
                SseConnection two = server.openStream(greedy);
                SseConnection refused = server.openStream(greedy);
                SseConnection served = server.openStream(polite);
                SseConnection call = server.postStreamed(polite, "{\"jsonrpc\":\"2.0\",\"id\":4,"
                        + "\"method\":\"tools/call\",\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":1}}}")) {
            assertEquals(200, one.status());
            assertEquals(200, two.status());
            assertEquals(503, refused.status());
            assertEquals("3", refused.header("Retry-After"));
            assertJsonEquals("""
                    {
                        "jsonrpc": "2.0",
                        "id": null,
                        "error": {
                            "code": -32000,
                            "message": "Service Unavailable: Too many open streams in this session (limit 2); retry later"
                        }
                    }
                    """, refused.body());
            assertEquals(200, served.status());
            assertEquals(200, call.status());
            assertTrue(lastEvent(call).contains("\"id\":4,\"result\""), "the polite call was answered");
        }
        assertEquals(rejectedBefore + 1, figure("sessionRejected", server.stats()));
    }

    @Test
    void aSessionsDroppedStreamsMakeRoomForItsNewOnes() throws Exception {
        String session = server.newSession();
        try (SseConnection one = server.openStream(session);
                SseConnection two = server.openStream(session)) {
            one.nextEvent();
            two.nextEvent();
            assertEquals(2, server.disconnectSessionStreams(session).size());
            try (SseConnection three = server.openStream(session);
                    SseConnection four = server.openStream(session)) {
                assertEquals(200, three.status());
                assertEquals(200, four.status());
            }
        }
    }

    @Test
    void aBatchLargerThanTheLimitIsRefusedWhileAnotherClientsBatchIsAnswered() throws Exception {
        String greedy = server.initialize("2025-03-26");
        String polite = server.initialize("2025-03-26");
        server.support("log/start");
        HttpResponse<String> refused = server.post(greedy, "2025-03-26", pings(10, 7));
        assertEquals(400, refused.statusCode(), refused.body());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {"code": -32600, "message": "Invalid Request: a batch of 7 messages exceeds the limit of 6"}
                }
                """, refused.body());
        assertTrue(logLines().contains("a batch of 7 messages exceeds the limit of 6"), "the refusal is logged");
        HttpResponse<String> answered = server.post(polite, "2025-03-26", pings(20, 3));
        assertEquals(200, answered.statusCode(), answered.body());
        assertJsonEquals("""
                [
                    {"jsonrpc": "2.0", "id": 20, "result": {}},
                    {"jsonrpc": "2.0", "id": 21, "result": {}},
                    {"jsonrpc": "2.0", "id": 22, "result": {}}
                ]
                """, answered.body());
    }

    @Test
    void aSubscriptionPastTheSessionsShareIsRefusedWhileAnotherSessionSubscribes() throws Exception {
        String greedy = server.newSession();
        String polite = server.newSession();
        assertJsonEquals(result(1), subscribe(greedy, 1, "test://a"));
        assertJsonEquals(result(2), subscribe(greedy, 2, "test://b"));
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 3,
                    "error": {
                        "code": -32602,
                        "message": "Invalid params: this session is subscribed to 2 resources, the most allowed; \
                unsubscribe from one first"
                    }
                }
                """, subscribe(greedy, 3, "test://c"));
        assertJsonEquals(result(4), subscribe(polite, 4, "test://c"));
    }

    @Test
    void askingAClientPastTheSessionsShareOfWaitingRequestsFailsAtOnceWhileAnotherClientIsAsked() throws Exception {
        String greedy = server.newSession();
        String polite = server.newSession();
        try (SseConnection greedyStream = server.openStream(greedy);
                SseConnection politeStream = server.openStream(polite)) {
            greedyStream.nextEvent();
            politeStream.nextEvent();
            CompletableFuture<HttpResponse<String>> first = server.supportAsync(clientRequest(greedy));
            String firstId = requestId(greedyStream.nextEvent().get(1));
            server.supportAsync(clientRequest(greedy));
            greedyStream.nextEvent();

            assertEquals("error -32603 Internal error: 2 requests to this session's client are waiting for their"
                    + " answers, the most allowed", server.supportAsync(clientRequest(greedy)).get(20, TimeUnit.SECONDS)
                    .body());

            CompletableFuture<HttpResponse<String>> asked = server.supportAsync(clientRequest(polite));
            String politeId = requestId(politeStream.nextEvent().get(1));
            server.post(polite, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":" + politeId + ",\"result\":{\"roots\":[]}}");
            assertJsonEquals("{\"roots\": []}", asked.get(20, TimeUnit.SECONDS).body());
            server.post(greedy, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":" + firstId + ",\"result\":{\"roots\":[]}}");
            assertJsonEquals("{\"roots\": []}", first.get(20, TimeUnit.SECONDS).body());
        }
    }

    private static String clientRequest(String session) {
        return "client-request?session=" + session + "&method=roots/list";
    }

    /** The id of a request to the client, as JSON, from its {@code data:} line. */
    private static String requestId(String data) {
        return data.substring(data.indexOf("\"id\":") + 5, data.indexOf(",\"method\""));
    }

    /** Subscribes (its answer streams) and returns the response. */
    private String subscribe(String session, int id, String uri) throws Exception {
        try (SseConnection answer = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"" + uri + "\"}}")) {
            String last = lastEvent(answer);
            return last.substring(last.indexOf("data: ") + "data: ".length());
        }
    }

    private static String result(int id) {
        return "{\"jsonrpc\": \"2.0\", \"id\": " + id + ", \"result\": {}}";
    }

    /** A batch of {@code count} pings numbered from {@code from}. */
    private static String pings(int from, int count) {
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int id = from; id < from + count; id++) {
            batch.add("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}");
        }
        return batch.toString();
    }

    /** A stream's last event, its lines joined, read until the stream ends. */
    private static String lastEvent(SseConnection stream) throws InterruptedException {
        String last = "";
        for (List<String> event = stream.nextEvent(); !event.equals(List.of(SseConnection.END)); event = stream.nextEvent()) {
            last = String.join("\n", event);
        }
        return last;
    }

    /** The {@code sessions} figure of {@code StreamStats.toString()}. */
    private static int sessions(String stats) {
        return (int) figure("sessions", stats);
    }

    /** One figure of {@code StreamStats.toString()}; zero when it has no such figure. */
    private static long figure(String name, String stats) {
        Matcher figure = Pattern.compile("[(, ]" + name + "=(\\d+)").matcher(stats);
        return figure.find() ? Long.parseLong(figure.group(1)) : 0;
    }

    private static String toolCall(int id, String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\"}}";
    }

    /** A POST or DELETE of a session on {@code version}, as its client sends them (2025-03-26 sends no version). */
    private HttpRequest.Builder sessionRequest(String session, String version) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session);
        return version.equals("2025-03-26") ? request : request.header("MCP-Protocol-Version", version);
    }

    /** The {@code data:} line of the call's response, skipping the priming event and notifications. */
    private String responseLine(SseConnection call) throws Exception {
        while (true) {
            List<String> event = call.nextEvent();
            if (event.equals(List.of(SseConnection.END))) {
                fail("the stream ended without a response: " + call.ending() + "; the server's figures: " + server.stats());
            }
            for (String line : event) {
                if (line.startsWith("data: {") && line.contains("\"id\":")) {
                    return line;
                }
            }
        }
    }

    private String logLines() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.endpoint().resolve("test-support/log").toString()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
