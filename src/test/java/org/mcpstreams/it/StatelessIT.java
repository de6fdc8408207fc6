package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The stateless revision (2026-07-28) beside the 2025 ones, on the same endpoint. */
class StatelessIT extends DeployedWarClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String V = "2026-07-28";
    private static final String META = McpServer.statelessMeta("{}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("stateless").addClass(StatelessTools.class);
    }

    @Test
    void discoverNamesTheVersionsCapabilitiesAndServer() throws Exception {
        HttpResponse<String> response = post("server/discover", null, "{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"method\":\"server/discover\",\"params\":{" + META + "}}");
        assertEquals(200, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "result": {
                        "supportedVersions": ["2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"],
                        "capabilities": {
                            "tools": {"listChanged": true},
                            "resources": {"listChanged": true, "subscribe": true},
                            "prompts": {"listChanged": true},
                            "completions": {}
                        },
                        "_meta": {"io.modelcontextprotocol/serverInfo": {"name": "mcp-streams", "version": "0.1.0"}},
                        "resultType": "complete",
                        "ttlMs": 0,
                        "cacheScope": "private"
                    }
                }
                """, response.body());
        assertFalse(response.headers().firstValue("Mcp-Session-Id").isPresent());
    }

    @Test
    void toolCallIsAnsweredWithoutASession() throws Exception {
        HttpResponse<String> response = post("tools/call", "count", "{\"jsonrpc\":\"2.0\",\"id\":2,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":1}," + META + "}}");
        assertEquals(200, response.statusCode());
        assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"counted to 1\"}],\"resultType\":\"complete\"}}", McpServer.lastData(response.body()));
    }

    @Test
    void methodHeaderNotMatchingTheBodyIsAHeaderMismatch() throws Exception {
        HttpResponse<String> response = post("tools/list", "count", "{\"jsonrpc\":\"2.0\",\"id\":3,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"count\"," + META + "}}");
        assertEquals(400, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 3,
                    "error": {
                        "code": -32020,
                        "message": "Header mismatch: Mcp-Method tools/list does not match the method tools/call"
                    }
                }
                """, response.body());
    }

    /**
     * The revision requires {@code Mcp-Method} of requests only; the TypeScript SDK (2.4.0) closes a
     * listen stream with a {@code notifications/cancelled} that has no such header.
     */
    @Test
    void notificationWithoutMcpMethodIsAccepted() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", V)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                        + "\"params\":{\"requestId\":\"listen:0\"," + META + "}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("", response.body());
    }

    @Test
    void notificationWhoseMcpMethodIsAnotherMethodIsAHeaderMismatch() throws Exception {
        HttpResponse<String> response = post("tools/list", null, "{\"jsonrpc\":\"2.0\","
                + "\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"listen:0\"," + META + "}}");
        assertEquals(400, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {
                        "code": -32020,
                        "message": "Header mismatch: Mcp-Method tools/list does not match the method notifications/cancelled"
                    }
                }
                """, response.body());
    }

    @Test
    void removedMethodIsNotFoundWithItsId() throws Exception {
        HttpResponse<String> response = post("ping", null, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\","
                + "\"params\":{" + META + "}}");
        assertEquals(404, response.statusCode());
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 4, "error": {"code": -32601, "message": "Method not found: ping"}}
                """, response.body());
    }

    @Test
    void getHasNoPlaceInTheStatelessRevision() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(endpoint()).GET()
                .header("Accept", "text/event-stream").header("MCP-Protocol-Version", V).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    void oneResourceUpdateReachesA2025GetStreamAndA2026ListenStream() throws Exception {
        String session = server.newSession();
        try (SseConnection get = server.openStream(session);
                SseConnection listen = server.listen("l1", "{\"notifications\":"
                        + "{\"resourceSubscriptions\":[\"test://shared\"]}," + META + "}")) {
            get.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/subscriptions/acknowledged\","
                    + "\"params\":{\"notifications\":{\"resourceSubscriptions\":[\"test://shared\"]},"
                    + "\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":\"l1\"}}}", listen.nextEvent().get(1));
            try (SseConnection subscribe = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":5,"
                    + "\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"test://shared\"}}")) {
                subscribe.nextEvent();
                subscribe.nextEvent();
            }
            assertEquals("2", server.support("features/resource-updated?uri=test://shared"));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"uri\":\"test://shared\"}}", get.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"uri\":\"test://shared\",\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":"
                    + "\"l1\"}}}", listen.nextEvent().get(1));
        }
    }

    @Test
    void aQuestionToTheClientIsAnInputRequiredResultAndTheRetryWithTheAnswerCompletesTheCall() throws Exception {
        String meta = McpServer.statelessMeta("{\"elicitation\":{}}");
        HttpResponse<String> first = post("tools/call", "greet", "{\"jsonrpc\":\"2.0\",\"id\":10,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"greet\",\"arguments\":{}," + meta + "}}");
        JsonObject asked = result(first);
        assertEquals("input_required", asked.getString("resultType"));
        assertJsonEquals("""
                {
                    "method": "elicitation/create",
                    "params": {
                        "message": "Your name?",
                        "requestedSchema": {"type": "object", "properties": {"name": {"type": "string"}}}
                    }
                }
                """, asked.getJsonObject("inputRequests").getJsonObject("user_name").toString());
        String retry = "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
                + "\"arguments\":{},\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":"
                + "{\"name\":\"Ada\"}}},\"requestState\":\"%s\"," + meta + "}}";
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "Hello, Ada!"}], "resultType": "complete"}
                """, result(post("tools/call", "greet", retry.formatted(asked.getString("requestState")))).toString());
        HttpResponse<String> tampered = post("tools/call", "greet", retry.formatted(asked.getString("requestState") + "x"));
        assertTrue(McpServer.lastData(tampered.body()).contains("\"id\":11,\"error\":{\"code\":-32602,\"message\":"
                + "\"Invalid params: requestState refused, its signature does not verify"), tampered.body());
    }

    @Test
    void aQuestionTheClientCannotAnswerIsRefusedWith400WhenTheToolAsksItAtOnce() throws Exception {
        HttpResponse<String> response = post("tools/call", "greet", "{\"jsonrpc\":\"2.0\",\"id\":17,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"greet\",\"arguments\":{}," + META + "}}");
        assertEquals(400, response.statusCode(), response.body());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 17,
                    "error": {
                        "code": -32021,
                        "message": "Missing required client capability: elicitation",
                        "data": {"requiredCapabilities": {"elicitation": {}}}
                    }
                }
                """, response.body());
    }

    @Test
    void theSameAskingToolSendsASessionClientARequestOnTheCallsStream() throws Exception {
        String session = server.newSession();
        try (SseConnection call = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":14,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"greet\"}}")) {
            call.nextEvent();
            String request = call.nextEvent().get(1);
            assertTrue(request.contains("\"method\":\"elicitation/create\",\"params\":{\"message\":\"Your name?\""),
                    request);
            String id = request.substring(request.indexOf("\"id\":") + 5, request.indexOf(",\"method\""));
            assertEquals(202, server.post(session, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":"
                    + "{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}").statusCode());
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":14,\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"Hello, Ada!\"}]}}", call.nextEvent().get(1));
        }
    }

    @Test
    void aToolRequiringACapabilityTheClientDidNotDeclareIsRefusedWith400BeforeItRuns() throws Exception {
        HttpResponse<String> response = post("tools/call", "needs-sampling", "{\"jsonrpc\":\"2.0\",\"id\":12,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"needs-sampling\"," + META + "}}");
        assertEquals(400, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 12,
                    "error": {
                        "code": -32021,
                        "message": "Missing required client capability: sampling",
                        "data": {"requiredCapabilities": {"sampling": {}}}
                    }
                }
                """, response.body());
    }

    @Test
    void argumentsMirroredIntoHeadersAreComparedAfterDecoding() throws Exception {
        HttpResponse<String> response = post("tools/call", "route", Map.of("Mcp-Param-Region",
                "=?base64?WsO8cmljaA==?=", "Mcp-Param-Shard", "7.0"), "{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":"
                + "\"tools/call\",\"params\":{\"name\":\"route\",\"arguments\":{\"region\":\"Zürich\",\"shard\":7},"
                + META + "}}");
        assertEquals("Zürich/7", result(response).getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void argumentGivenWithoutItsHeaderIsAHeaderMismatchBeforeTheToolRuns() throws Exception {
        HttpResponse<String> response = post("tools/call", "route", Map.of("Mcp-Param-Region", "eu"),
                "{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"tools/call\",\"params\":{\"name\":\"route\","
                + "\"arguments\":{\"region\":\"eu\",\"shard\":3}," + META + "}}");
        assertEquals(400, response.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": 16,
                    "error": {
                        "code": -32020,
                        "message": "Header mismatch: Mcp-Param-Shard is missing, yet the arguments give its value"
                    }
                }
                """, response.body());
    }

    @Test
    void closingTheResponseStreamCancelsTheRequestAndEndsTheStream() throws Exception {
        int cancelledBefore = Integer.parseInt(server.support("cancelled"));
        SseConnection call = SseConnection.post(endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json", "MCP-Protocol-Version", V,
                "Mcp-Method", "tools/call", "Mcp-Name", "wait"), "{\"jsonrpc\":\"2.0\",\"id\":13,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"," + META + "}}");
        call.close();
        server.stepClockUntil(() -> Integer.parseInt(server.support("cancelled")) != cancelledBefore);
        assertEquals(cancelledBefore + 1, Integer.parseInt(server.support("cancelled")));
    }

    private static JsonObject result(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(McpServer.lastData(response.body()).substring(6)))) {
            return reader.readObject().getJsonObject("result");
        }
    }

    private HttpResponse<String> post(String method, String name, String body) throws Exception {
        return post(method, name, Map.of(), body);
    }

    private HttpResponse<String> post(String method, String name, Map<String, String> headers, String body)
            throws Exception {
        return server.postStateless(method, name, headers, body);
    }

    private URI endpoint() {
        return server.endpoint();
    }
}
