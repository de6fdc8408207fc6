package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mcpstreams.it.security.CallerTools;
import org.mcpstreams.it.security.HeaderAuthentication;

/**
 * Container security on Payara Micro (a test mechanism authenticates the user an
 * {@code X-Test-User} header names): a tool runs as the caller of its own request, whatever the
 * thread it is given, and a session belongs to the user who started it.
 */
class SecurityIT extends DeployedWarClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String USER = "X-Test-User";
    private static final int CALL_THREADS = 2;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("security", "mcp.features.call-threads=" + CALL_THREADS)
                .addClasses(HeaderAuthentication.class, CallerTools.class);
    }

    @Test
    void aToolRunsAsTheCallerOfItsRequestOnThreadsStartedForAnother() throws Exception {
        // the first calls start the pool's threads; later ones reuse them for other callers
        for (int i = 0; i < CALL_THREADS; i++) {
            assertEquals("alice", whoami("alice"));
        }
        for (int i = 0; i < CALL_THREADS + 1; i++) {
            assertEquals("bob", whoami("bob"));
        }
        assertEquals("anonymous", whoami(null));
        assertEquals("alice", whoami("alice"));
    }

    @Test
    void aCancelActionRunsAsTheCallerWhoseStreamWentAway() throws Exception {
        // alice's requests start the threads that write to the streams
        assertEquals("alice", whoami("alice"));
        SseConnection held = SseConnection.post(server.endpoint(), Map.of("Accept",
                "application/json, text/event-stream", "Content-Type", "application/json", "MCP-Protocol-Version",
                "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "hold", USER, "bob"), stateless("hold"));
        held.close();
        server.stepClockUntil(() -> !call("cancelled-as", null).equals("none"));
        assertEquals("bob", call("cancelled-as", null));
    }

    @Test
    void aSessionIsNotFoundForAnotherUser() throws Exception {
        HttpResponse<String> initialized = post("alice", null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
                + "\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}");
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
        HttpResponse<String> foreign = post("bob", session, ping);
        assertEquals(404, foreign.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {"code": -32001, "message": "Session not found: initialize a new session"}
                }
                """, foreign.body());
        assertEquals(404, post(null, session, ping).statusCode(), "nor for an anonymous one");
        assertEquals(200, post("alice", session, ping).statusCode());
    }

    /** What the tool says of its caller, called statelessly as {@code user} (null: anonymous). */
    private String whoami(String user) throws Exception {
        return call("whoami", user);
    }

    /** The text a tool answers, called statelessly as {@code user} (null: anonymous). */
    private String call(String tool, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/call")
                .header("Mcp-Name", tool).POST(HttpRequest.BodyPublishers.ofString(stateless(tool)));
        if (user != null) {
            request.header(USER, user);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String marker = "\"text\":\"";
        int at = response.body().indexOf(marker);
        return response.body().substring(at + marker.length(), response.body().indexOf('"', at + marker.length()));
    }

    private static String stateless(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\","
                + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    }

    private HttpResponse<String> post(String user, String session, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2025-11-25").POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header(USER, user);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
