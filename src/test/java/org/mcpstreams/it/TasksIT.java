package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mcpstreams.it.security.HeaderAuthentication;

/**
 * The tasks extension on Payara Micro: a task belongs to its user, expires after its time to
 * live, is capped per user, is cancelled by {@code tasks/cancel}, and outlives its client's
 * connection. Users are named by the {@code X-Test-User} header.
 */
class TasksIT extends DeployedWarClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String TASKS = "{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}";
    private static final int TTL_SECONDS = 600;
    private static final String USER = "X-Test-User";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("tasks", "mcp.tasks.max-per-user=2", "mcp.tasks.ttl-seconds=" + TTL_SECONDS)
                .addClasses(HeaderAuthentication.class, TaskTestTools.class);
    }

    @Test
    void anotherUsersTaskIdLooksUnknown() throws Exception {
        String task = start("alice", "wait_for_cancel");

        assertEquals("working", get("alice", task).getString("status"));
        assertEquals(-32602, error(call("bob", "tasks/get", task, taskParams(task))));
        assertEquals(-32602, error(call(null, "tasks/get", task, taskParams(task))));
        assertEquals(-32602, error(call("bob", "tasks/cancel", task, taskParams(task))));
        assertEquals("working", get("alice", task).getString("status"));
        cancel("alice", task);
    }

    @Test
    void theCapPerUserRefusesOneMoreTaskOfThatUser() throws Exception {
        String first = start("carol", "wait_for_cancel");
        String second = start("carol", "wait_for_cancel");

        JsonObject refused = call("carol", "tools/call", "wait_for_cancel", toolParams("wait_for_cancel"));
        assertEquals(-32000, error(refused));
        assertEquals("Too many tasks: this user keeps 2", refused.getJsonObject("error").getString("message"));
        cancel("dave", start("dave", "wait_for_cancel"));
        cancel("carol", first);
        cancel("carol", second);
    }

    @Test
    void cancelEndsTheTaskAndTellsTheTool() throws Exception {
        int before = cancellations();
        String task = start("erin", "wait_for_cancel");

        JsonObject ack = call("erin", "tasks/cancel", task, taskParams(task));
        assertEquals("{\"resultType\":\"complete\"}", ack.getJsonObject("result").toString());
        assertEquals("cancelled", get("erin", task).getString("status"));
        eventually(() -> cancellations() > before);
        assertEquals("{\"resultType\":\"complete\"}", call("erin", "tasks/cancel", task, taskParams(task))
                .getJsonObject("result").toString(), "cancelling an ended task changes nothing");
    }

    @Test
    void aTaskIsForgottenAfterItsTimeToLiveAndItsToolCancelled() throws Exception {
        int before = cancellations();
        String task = start("frank", "wait_for_cancel");

        server.advanceClock(TTL_SECONDS - 1);
        assertEquals("working", get("frank", task).getString("status"));
        server.advanceClock(1);
        assertEquals(-32602, error(call("frank", "tasks/get", task, taskParams(task))));
        eventually(() -> cancellations() > before);
    }

    @Test
    void aSessionsClientHearsOfItsTaskOnItsStream() throws Exception {
        String session = initialize("heidi");
        Map<String, String> headers = McpServer.streamHeaders(session, "2025-11-25");
        headers.put(USER, "heidi");
        try (SseConnection stream = SseConnection.get(server.endpoint(), headers)) {
            JsonObject created = sessionCall("heidi", session, "tools/call", toolParams("ask_then_answer") + "}");
            assertTrue(created.containsKey("result"), created.toString());
            String task = created.getJsonObject("result").getString("taskId");
            String line = stream.nextLine();
            while (!line.contains("notifications/tasks")) {
                line = stream.nextLine();
            }
            JsonObject params = parse(line.substring(line.indexOf('{'))).getJsonObject("params");
            assertEquals(task, params.getString("taskId"));
            assertEquals("input_required", params.getString("status"));
            cancelInSession("heidi", session, task);
        }
    }

    @Test
    void aTaskIsPolledAndAnsweredAfterItsClientsConnectionDropped() throws Exception {
        String session = initialize("grace");
        String task;
        try (SseConnection streamed = SseConnection.post(server.endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json", "Mcp-Session-Id", session,
                "MCP-Protocol-Version", "2025-11-25", USER, "grace"), request("tools/call",
                toolParams("ask_then_answer") + "}"))) {
            String line = streamed.nextLine();
            while (!line.contains("taskId")) {
                line = streamed.nextLine();
            }
            task = parse(line.substring(line.indexOf('{'))).getJsonObject("result").getString("taskId");
        }
        // the connection is gone; a new one finds the task waiting for its answer
        JsonObject waiting = sessionCall("grace", session, "tasks/get", taskParams(task) + "}").getJsonObject("result");
        assertEquals("input_required", waiting.getString("status"));
        String key = waiting.getJsonObject("inputRequests").keySet().iterator().next();
        sessionCall("grace", session, "tasks/update", "{\"taskId\":\"" + task + "\",\"inputResponses\":{\"" + key
                + "\":{\"action\":\"decline\"}}}");
        eventually(() -> "completed".equals(sessionCall("grace", session, "tasks/get", taskParams(task) + "}")
                .getJsonObject("result").getString("status")));
        assertEquals("the user chose decline", sessionCall("grace", session, "tasks/get", taskParams(task) + "}")
                .getJsonObject("result").getJsonObject("result").getJsonArray("content").getJsonObject(0)
                .getString("text"));
        assertEquals(-32602, error(sessionCall("grace", initialize("grace"), "tasks/get", taskParams(task) + "}")),
                "another session of the same user does not see it");
    }

    /** Waits, five seconds at most, for what the server does in its own time. */
    private static void eventually(McpServer.Condition done) throws Exception {
        for (int step = 0; step < 50 && !done.holds(); step++) {
            Thread.sleep(100);
        }
        assertTrue(done.holds(), "not within five seconds");
    }

    /** Starts a tool as a task of {@code user}; its task id. */
    private String start(String user, String tool) throws Exception {
        JsonObject created = call(user, "tools/call", tool, toolParams(tool));
        assertEquals("task", created.getJsonObject("result").getString("resultType"), created.toString());
        return created.getJsonObject("result").getString("taskId");
    }

    private JsonObject get(String user, String task) throws Exception {
        return call(user, "tasks/get", task, taskParams(task)).getJsonObject("result");
    }

    private void cancel(String user, String task) throws Exception {
        call(user, "tasks/cancel", task, taskParams(task));
    }

    private void cancelInSession(String user, String session, String task) throws Exception {
        sessionCall(user, session, "tasks/cancel", taskParams(task) + "}");
    }

    private int cancellations() throws Exception {
        JsonObject answer = call(null, "tools/call", "task_cancellations", "{\"name\":\"task_cancellations\"");
        return Integer.parseInt(answer.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                .getString("text"));
    }

    /** The params of a call of {@code tool}, open for more members. */
    private static String toolParams(String tool) {
        return "{\"name\":\"" + tool + "\",\"arguments\":{}";
    }

    /** The params naming {@code task}, open for more members. */
    private static String taskParams(String task) {
        return "{\"taskId\":\"" + task + "\"";
    }

    /** A stateless request of {@code user} (null: anonymous) declaring the extension; its answer. */
    private JsonObject call(String user, String method, String name, String openParams) throws Exception {
        String params = openParams + ",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":" + TASKS + "}}";
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", method).header("Mcp-Name", name)
                .POST(HttpRequest.BodyPublishers.ofString(request(method, params)));
        return send(user, request);
    }

    /** A request of {@code user} on a session, {@code params} complete; its answer. */
    private JsonObject sessionCall(String user, String session, String method, String params) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2025-11-25").header("Mcp-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString(request(method, params)));
        return send(user, request);
    }

    /** A 2025-11-25 session of {@code user} whose client declared the extension. */
    private String initialize(String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header(USER, user)
                .POST(HttpRequest.BodyPublishers.ofString(request("initialize", "{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":" + TASKS + ",\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}")));
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        CLIENT.send(HttpRequest.newBuilder(server.endpoint()).header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json").header("MCP-Protocol-Version", "2025-11-25")
                .header("Mcp-Session-Id", session).header(USER, user)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":"
                        + "\"notifications/initialized\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return session;
    }

    private static JsonObject send(String user, HttpRequest.Builder request) throws Exception {
        if (user != null) {
            request.header(USER, user);
        }
        String body = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!body.startsWith("{")) {
            body = body.substring(body.lastIndexOf("data: {") + "data: ".length()).strip();
        }
        return parse(body);
    }

    private static String request(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static int error(JsonObject answer) {
        return answer.getJsonObject("error").getInt("code");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
