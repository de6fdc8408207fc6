package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
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
        return Deployments.mcpStreams("hostile", "mcp.streams.max-per-session=2", "mcp.streams.retry-after-seconds=3",
                "mcp.sessions.max-subscriptions=2", "mcp.sessions.max-pending-client-requests=2",
                "mcp.transport.max-batch=3").addClass(LogCaptureResource.class);
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
        HttpResponse<String> refused = server.post(greedy, "2025-03-26", pings(10, 4));
        assertEquals(400, refused.statusCode(), refused.body());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {"code": -32600, "message": "Invalid Request: a batch of 4 messages exceeds the limit of 3"}
                }
                """, refused.body());
        assertTrue(logLines().contains("a batch of 4 messages exceeds the limit of 3"), "the refusal is logged");
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

    private String logLines() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.endpoint().resolve("test-support/log").toString()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
