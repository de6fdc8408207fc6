package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The programming model on Payara Micro: annotated tools listed a page at a time, arguments that
 * do not fit, a tool added and removed at runtime (and announced), resource subscriptions.
 */
class FeaturesIT extends DeployedWarClient {

    private static final String LIST_CHANGED = "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("features", "mcp.features.page-size=3");
    }

    @Test
    void toolsAreListedByNameAPageAtATime() throws Exception {
        String session = server.newSession();
        String first = listed(session, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertTrue(first.matches(".*\"tools\":\\[\\{\"name\":\"count\".*\\{\"name\":\"fail\".*\\{\"name\":\"sample\".*\\],"
                + "\"nextCursor\":\"c2FtcGxl\"}}"), first);
        String second = listed(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\","
                + "\"params\":{\"cursor\":\"c2FtcGxl\"}}");
        assertTrue(second.matches(".*\"tools\":\\[\\{\"name\":\"wait\"[^\\]]*\\]}}"), second);
    }

    @Test
    void theDemoIsLeftOutWhenTurnedOff() throws Exception {
        String session = server.newSession();
        String tools = listed(session, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertFalse(tools.contains("countdown"), tools);
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 2, "result": {"resources": []}}
                """, listed(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/list\"}"));
    }

    @Test
    void argumentsThatDoNotFitAreAToolErrorTheModelSees() throws Exception {
        assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"content\":[{\"type\":\"text\",\"text\":"
                        + "\"Invalid arguments: steps must be of type integer, not \\\"many\\\"\"}],\"isError\":true}}",
                answer(server.newSession(), "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":\"many\"}}}"));
    }

    @Test
    void unknownToolIsInvalidParams() throws Exception {
        assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32602,\"message\":\"Unknown tool: nope\"}}",
                answer(server.newSession(), "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"nope\"}}"));
    }

    @Test
    void toolAddedAtRuntimeIsAnnouncedListedAndCalledUntilRemoved() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            stream.nextEvent();
            server.support("features/add-tool?name=runtime_echo");
            assertEquals(LIST_CHANGED, stream.nextEvent().get(1));
            String tools = listed(session, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}");
            assertTrue(tools.contains("{\"name\":\"runtime_echo\",\"description\":\"added at runtime\","
                    + "\"inputSchema\":{\"type\":\"object\"}}"), tools);
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":6,\"result\":{\"content\":[{\"type\":\"text\","
                            + "\"text\":\"hello from runtime_echo\"}]}}",
                    answer(session, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\","
                            + "\"params\":{\"name\":\"runtime_echo\"}}"));
            server.support("features/remove-tool?name=runtime_echo");
            assertEquals(LIST_CHANGED, stream.nextEvent().get(1));
            assertTrue(answer(session, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"runtime_echo\"}}").contains("Unknown tool: runtime_echo"));
        }
    }

    @Test
    void resourceUpdatesReachTheSubscribedSessionsOnly() throws Exception {
        String subscriber = server.newSession();
        String other = server.newSession();
        answer(other, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"test://y\"}}");
        try (SseConnection stream = server.openStream(subscriber)) {
            stream.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":8,\"result\":{}}", answer(subscriber,
                    "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"test://x\"}}"));
            assertEquals("1", server.support("features/resource-updated?uri=test://x"));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"uri\":\"test://x\"}}", stream.nextEvent().get(1));
            answer(subscriber, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"resources/unsubscribe\","
                    + "\"params\":{\"uri\":\"test://x\"}}");
            assertEquals("0", server.support("features/resource-updated?uri=test://x"));
        }
        assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":10,\"result\":{}}", answer(other,
                "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"resources/unsubscribe\",\"params\":{\"uri\":\"test://x\"}}"));
    }

    /** The JSON answer to a list request, which comes at once, not on a stream. */
    private String listed(String session, String body) throws Exception {
        HttpResponse<String> response = server.post(session, "2025-11-25", body);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        return response.body();
    }

    /** The data line of the response to a request answered on its own stream (after the priming event). */
    private String answer(String session, String body) throws Exception {
        try (SseConnection call = server.postStreamed(session, body)) {
            call.nextEvent();
            return call.nextEvent().get(1);
        }
    }
}
