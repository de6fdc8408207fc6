package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** {@code POST} and {@code DELETE /mcp}: sessions, lifecycle, and every refusal, over loopback. */
class PostIT extends DeployedWarClient {

    private static final String V = "2025-11-25";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("post", "mcp.transport.max-body-bytes=2048");
    }

    @Test
    void initializeStartsASessionAndNegotiatesTheVersion() throws Exception {
        HttpResponse<String> response = server.post(null, null, initialize("2025-06-18"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Mcp-Session-Id").orElseThrow().matches("[A-Za-z0-9_-]{32}"));
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "result": {
                        "protocolVersion": "2025-06-18",
                        "capabilities": {
                            "tools": {"listChanged": true},
                            "resources": {"listChanged": true, "subscribe": true},
                            "prompts": {"listChanged": true},
                            "logging": {},
                            "completions": {}
                        },
                        "serverInfo": {"name": "mcp-streams", "version": "0.1.0"}
                    }
                }
                """, response.body());
    }

    @Test
    void initializeAskingForAnUnknownVersionIsOfferedTheLatest() throws Exception {
        HttpResponse<String> response = server.post(null, null, initialize("2024-01-01"));
        assertTrue(response.body().contains("\"protocolVersion\":\"2025-11-25\""), response.body());
    }

    @Test
    void notificationIsAcceptedWithNoBody() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), V,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertEquals(202, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void pingIsAnsweredWithAnEmptyResult() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), V, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");
        assertEquals(200, response.statusCode());
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 7, "result": {}}
                """, response.body());
    }

    @Test
    void unknownMethodIsMethodNotFound() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), V,
                "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"nope/nothing\"}");
        assertEquals(200, response.statusCode());
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": "a", "error": {"code": -32601, "message": "Method not found: nope/nothing"}}
                """, response.body());
    }

    @Test
    void clientThatDoesNotAcceptBothTypesIsNotAcceptable() throws Exception {
        try (SseConnection refused = SseConnection.post(server.endpoint(),
                Map.of("Accept", "application/json", "Content-Type", "application/json"), initialize(V))) {
            assertEquals(406, refused.status());
            assertJsonEquals(error(-32000, "Not Acceptable: the client must accept both application/json and "
                    + "text/event-stream"), refused.body());
        }
    }

    @Test
    void bodyThatIsNotJsonTypedIsUnsupportedMediaType() throws Exception {
        try (SseConnection refused = SseConnection.post(server.endpoint(),
                Map.of("Accept", "application/json, text/event-stream", "Content-Type", "text/plain"), initialize(V))) {
            assertEquals(415, refused.status());
            assertJsonEquals(error(-32000, "Unsupported Media Type: the body must be application/json"), refused.body());
        }
    }

    @Test
    void oversizedBodyIsPayloadTooLarge() throws Exception {
        HttpResponse<String> response = server.post(null, null, initialize(V).replace("\"it\"", "\"" + "x".repeat(3000) + "\""));
        assertEquals(413, response.statusCode());
        assertJsonEquals(error(-32000, "Payload Too Large: the body exceeds 2048 bytes"), response.body());
    }

    @Test
    void bodyThatIsNotJsonIsAParseError() throws Exception {
        HttpResponse<String> response = server.post(null, null, "{\"jsonrpc\": ");
        assertEquals(400, response.statusCode());
        assertJsonEquals(error(-32700, "Parse error: the body is not valid JSON"), response.body());
    }

    @Test
    void jsonThatIsNotJsonRpcIsAnInvalidRequest() throws Exception {
        HttpResponse<String> response = server.post(null, null, "{\"hello\":\"world\"}");
        assertEquals(400, response.statusCode());
        assertJsonEquals(error(-32600, "Invalid Request: not a JSON-RPC 2.0 message"), response.body());
    }

    @Test
    void requestWithoutSessionIsBadRequest() throws Exception {
        HttpResponse<String> response = server.post(null, V, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        assertEquals(400, response.statusCode());
        assertJsonEquals(error(-32000, "Bad Request: the Mcp-Session-Id header is required; send initialize first to "
                + "start a session"), response.body());
    }

    @Test
    void unknownSessionIsNotFound() throws Exception {
        HttpResponse<String> response = server.post("unknown", V, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        assertEquals(404, response.statusCode());
        assertJsonEquals(error(-32001, "Session not found: initialize a new session"), response.body());
    }

    @Test
    void supportedVersionHeaderOtherThanTheNegotiatedIsServed() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), "2025-03-26",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        assertEquals(200, response.statusCode());
    }

    @Test
    void unsupportedVersionHeaderIsBadRequest() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), "2024-11-05",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        assertEquals(400, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "error": {
                        "code": -32022,
                        "message": "Unsupported protocol version: 2024-11-05",
                        "data": {
                            "supported": ["2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"],
                            "requested": "2024-11-05"
                        }
                    }
                }
                """, response.body());
    }

    @Test
    void batchIsRefusedAfter20250326() throws Exception {
        HttpResponse<String> response = server.post(server.newSession(), V,
                "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]");
        assertEquals(400, response.statusCode());
        assertJsonEquals(error(-32600, "Invalid Request: protocol 2025-11-25 allows one message per POST"), response.body());
    }

    @Test
    void batchIsAnsweredWithAnArrayOn20250326() throws Exception {
        String session = server.initialize("2025-03-26");
        HttpResponse<String> response = server.post(session, "2025-03-26",
                "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"method\":\"notifications/x\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]");
        assertEquals(200, response.statusCode());
        assertJsonEquals("""
                [{"jsonrpc": "2.0", "id": 1, "result": {}}, {"jsonrpc": "2.0", "id": 2, "result": {}}]
                """, response.body());
    }

    @Test
    void callStreamsProgressAndLogThenItsResponseThenTheStreamEnds() throws Exception {
        try (SseConnection call = server.postStreamed(server.newSession(), "{\"jsonrpc\":\"2.0\",\"id\":5,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":2},"
                + "\"_meta\":{\"progressToken\":\"p1\"}}}")) {
            assertEquals(200, call.status());
            assertTrue(call.header("Content-Type").startsWith("text/event-stream"));
            assertEquals(List.of("retry: 1000", "data: "), call.nextEvent().subList(1, 3));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                    + "\"p1\",\"progress\":1.0,\"total\":2.0,\"message\":\"step 1\"}}", call.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                    + "\"p1\",\"progress\":2.0,\"total\":2.0,\"message\":\"step 2\"}}", call.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\","
                    + "\"data\":\"counted to 2\"}}", call.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":5,\"result\":" + text("counted to 2") + "}",
                    call.nextEvent().get(1));
            assertEquals(List.of(SseConnection.END), call.nextBlock());
        }
    }

    @Test
    void logMessagesBelowTheLevelSetByTheClientAreNotSent() throws Exception {
        String session = server.newSession();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 3, "result": {}}
                """, server.post(session, V,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"error\"}}").body());
        try (SseConnection call = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":4,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":1}}}")) {
            call.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":4,\"result\":" + text("counted to 1") + "}",
                    call.nextEvent().get(1));
        }
    }

    @Test
    void unknownLogLevelIsInvalidParams() throws Exception {
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 3,
                    "error": {
                        "code": -32602,
                        "message": "Invalid params: level must be one of %s"
                    }
                }
                """.formatted("debug, info, notice, warning, error, critical, alert, emergency"),
                server.post(server.newSession(), V, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"logging/setLevel\","
                        + "\"params\":{\"level\":\"loud\"}}").body());
    }

    @Test
    void handlerErrorIsAJsonRpcErrorOnTheCallsStream() throws Exception {
        try (SseConnection call = server.postStreamed(server.newSession(),
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"fail\"}}")) {
            call.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":6,\"error\":{\"code\":-32602,\"message\":\"no such thing\"}}",
                    call.nextEvent().get(1));
        }
    }

    @Test
    void samplingRequestIsAnsweredByTheClientsPost() throws Exception {
        String session = server.newSession();
        try (SseConnection call = server.postStreamed(session,
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":\"sample\"}}")) {
            call.nextEvent();
            String request = call.nextEvent().get(1);
            assertTrue(request.startsWith("data: {\"jsonrpc\":\"2.0\",\"id\":\"s"), request);
            assertTrue(request.contains("\"method\":\"sampling/createMessage\""), request);
            String id = request.substring(request.indexOf("\"id\":") + 5, request.indexOf(",\"method\""));
            HttpResponse<String> answered = server.post(session, V, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":"
                    + "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"hi\"},\"model\":\"m\"}}");
            assertEquals(202, answered.statusCode());
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":8,\"result\":" + text("sampled: hi") + "}",
                    call.nextEvent().get(1));
        }
    }

    @Test
    void cancellationReachesTheHandler() throws Exception {
        String session = server.newSession();
        try (SseConnection call = server.postStreamed(session,
                "{\"jsonrpc\":\"2.0\",\"id\":\"w\",\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"}}")) {
            call.nextEvent();
            assertEquals(202, server.post(session, V, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                    + "\"params\":{\"requestId\":\"w\",\"reason\":\"test\"}}").statusCode());
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":\"w\",\"result\":" + text("cancelled") + "}",
                    call.nextEvent().get(1));
        }
    }

    @Test
    void lostCallStreamIsResumedWithGetAndStillDeliversTheResponse() throws Exception {
        String session = server.newSession();
        String primingId;
        try (SseConnection call = server.postStreamed(session,
                "{\"jsonrpc\":\"2.0\",\"id\":\"r\",\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"}}")) {
            primingId = call.nextEvent().get(0).substring("id: ".length());
        }
        assertEquals(202, server.post(session, V, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":\"r\"}}").statusCode());
        try (SseConnection resumed = server.resume(session, primingId)) {
            assertEquals(200, resumed.status());
            assertEquals(List.of("id: " + primingId, "retry: 1000", "data: "), resumed.nextEvent());
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":\"r\",\"result\":" + text("cancelled") + "}",
                    resumed.nextEvent().get(1));
            assertEquals(List.of(SseConnection.END), resumed.nextBlock());
        }
    }

    @Test
    void requestFromOutsideACallGoesOnTheSessionsStreamAndIsAnsweredByItsClient() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            CompletableFuture<HttpResponse<String>> asked = server.supportAsync(
                    "client-request?session=" + session + "&method=roots/list");
            String request = stream.nextEvent().get(1);
            assertTrue(request.matches("data: \\{\"jsonrpc\":\"2.0\",\"id\":\"s\\d+\",\"method\":\"roots/list\"}"), request);
            String id = request.substring(request.indexOf("\"id\":") + 5, request.indexOf(",\"method\""));
            assertEquals(202, server.post(session, V, "{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"result\":{\"roots\":[]}}").statusCode());
            assertJsonEquals("""
                    {"roots": []}
                    """, asked.get(20, TimeUnit.SECONDS).body());
        }
    }

    @Test
    void clientErrorFailsTheServersRequest() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            CompletableFuture<HttpResponse<String>> asked = server.supportAsync(
                    "client-request?session=" + session + "&method=elicitation/create");
            String request = stream.nextEvent().get(1);
            String id = request.substring(request.indexOf("\"id\":") + 5, request.indexOf(",\"method\""));
            server.post(session, V, "{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"error\":{\"code\":-32601,\"message\":\"no elicitation here\"}}");
            assertEquals("error -32601 no elicitation here", asked.get(20, TimeUnit.SECONDS).body());
        }
    }

    @Test
    void requestToAnUnknownSessionFailsAtOnce() throws Exception {
        assertEquals("error -32001 Session not found",
                server.supportAsync("client-request?session=unknown&method=ping").get(20, TimeUnit.SECONDS).body());
    }

    @Test
    void deleteEndsTheSessionAndItsStreams() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            assertEquals(200, server.delete(session));
            assertEquals(List.of(SseConnection.END), stream.nextBlock());
        }
        assertEquals(404, server.post(session, V, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").statusCode());
        assertEquals(404, server.delete(session));
    }

    @Test
    void browserPageOfAnotherOriginIsForbidden() throws Exception {
        try (SseConnection refused = SseConnection.post(server.endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json",
                "Origin", "http://evil.example"), initialize(V))) {
            assertEquals(403, refused.status());
            assertJsonEquals(error(-32000, "Forbidden: Origin http://evil.example is not allowed"), refused.body());
        }
    }

    @Test
    void pageServedFromLocalhostIsAllowed() throws Exception {
        try (SseConnection allowed = SseConnection.post(server.endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json",
                "Origin", "http://localhost:3000"), initialize(V))) {
            assertEquals(200, allowed.status());
        }
    }

    @Test
    void requestNamingAnotherHostIsForbiddenOnALoopbackServer() throws Exception {
        String body = initialize(V);
        try (Socket socket = new Socket("127.0.0.1", server.endpoint().getPort())) {
            socket.getOutputStream().write(("POST " + server.endpoint().getPath() + " HTTP/1.1\r\n"
                    + "Host: rebound.example:" + server.endpoint().getPort() + "\r\n"
                    + "Accept: application/json, text/event-stream\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.endsWith(error(-32000, "Forbidden: Host rebound.example:" + server.endpoint().getPort()
                    + " is not allowed")), response);
        }
    }

    private static String initialize(String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
    }

    private static String error(int code, String message) {
        return "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}";
    }

    private static String text(String text) {
        return "{\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}";
    }
}
