package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * SSE polling a handler asks for with {@code CallContext.closeConnection()}: a client sent a
 * priming event sees its call's connection end and resumes with {@code GET} and
 * {@code Last-Event-ID}; any other keeps its connection.
 */
class SsePollingIT extends DeployedWarClient {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("polling").addClass(PollingTools.class);
    }

    @Test
    void toolClosingItsConnectionIsResumedAndTheRestComesOnceOnTheNewConnection() throws Exception {
        String session = server.newSession();
        String stream;
        try (SseConnection call = server.postStreamed(session, poll("p", "gate-1"))) {
            List<String> priming = call.nextEvent();
            stream = stream(priming.get(0).substring("id: ".length()));
            assertEquals(List.of("id: " + stream + ":0", "retry: 1000", "data: "), priming);
            assertEquals(List.of("id: " + stream + ":1", log("before the close")), call.nextEvent());
            assertEquals(List.of(SseConnection.END), call.nextBlock());
        }
        try (SseConnection resumed = server.resume(session, stream + ":1")) {
            assertEquals(List.of("id: " + stream + ":1", "retry: 1000", "data: "), resumed.nextEvent());
            assertEquals(200, server.post(session, "2025-11-25", release("gate-1")).statusCode());
            assertEquals(List.of("id: " + stream + ":2", log("after the close")), resumed.nextEvent());
            assertEquals(List.of("id: " + stream + ":3", "data: {\"jsonrpc\":\"2.0\",\"id\":\"p\",\"result\":"
                    + text("closed its connection") + "}"), resumed.nextEvent());
            assertEquals(List.of(SseConnection.END), resumed.nextBlock());
        }
    }

    @Test
    void clientBefore20251125KeepsItsConnectionThoughTheToolAsksToCloseIt() throws Exception {
        String session = server.initialize("2025-06-18");
        try (SseConnection call = SseConnection.post(server.endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json", "Mcp-Session-Id", session,
                "MCP-Protocol-Version", "2025-06-18"), poll("q", "gate-2"))) {
            assertEquals(log("before the close"), call.nextEvent().get(1));
            assertEquals(200, server.post(session, "2025-06-18", release("gate-2")).statusCode());
            assertEquals(log("after the close"), call.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":\"q\",\"result\":" + text("kept its connection") + "}",
                    call.nextEvent().get(1));
            assertEquals(List.of(SseConnection.END), call.nextBlock());
        }
    }

    private static String stream(String eventId) {
        return eventId.substring(0, eventId.lastIndexOf(':'));
    }

    private static String poll(String id, String gate) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"tools/call\",\"params\":{\"name\":\"poll\","
                + "\"arguments\":{\"gate\":\"" + gate + "\"}}}";
    }

    private static String release(String gate) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"" + gate + "\",\"method\":\"tools/call\",\"params\":{\"name\":\"release\","
                + "\"arguments\":{\"gate\":\"" + gate + "\"}}}";
    }

    private static String log(String message) {
        return "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\","
                + "\"data\":\"" + message + "\"}}";
    }

    private static String text(String text) {
        return "{\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}";
    }
}
