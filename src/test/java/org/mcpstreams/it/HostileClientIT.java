package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
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
        return Deployments.mcpStreams("hostile").addClass(LogCaptureResource.class);
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

    /** The {@code sessions} figure of {@code StreamStats.toString()}. */
    private static int sessions(String stats) {
        Matcher sessions = Pattern.compile("sessions=(\\d+)").matcher(stats);
        assertTrue(sessions.find(), stats);
        return Integer.parseInt(sessions.group(1));
    }

    private String logLines() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.endpoint().resolve("test-support/log").toString()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
