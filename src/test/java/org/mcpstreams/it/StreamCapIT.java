package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stream cap, set low through MicroProfile Config, in an application that uses mcp-streams as
 * a library jar: its own test resource injects the registry and the notifier from the jar.
 */
class StreamCapIT extends DeployedWarClient {

    private static final String FULL = """
            {
                "jsonrpc": "2.0",
                "id": null,
                "error": {"code": -32000, "message": "Service Unavailable: Too many open streams (limit 2); retry later"}
            }
            """;

    private String first;
    private String second;
    private String third;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationUsingTheLibrary("capped", "mcp.streams.max-open=2",
                "mcp.streams.retry-after-seconds=7", "mcp.sessions.max=4");
    }

    @BeforeEach
    void sessions() throws Exception {
        first = server.newSession();
        second = server.newSession();
        third = server.newSession();
    }

    @AfterEach
    void closeSessions() throws Exception {
        for (String session : new String[] {first, second, third}) {
            server.delete(session);
        }
    }

    @Test
    void streamBeyondTheCapIsRefusedWith503RetryAfterAndJsonRpcError() throws Exception {
        try (SseConnection one = server.openStream(first);
                SseConnection two = server.openStream(second);
                SseConnection refused = server.openStream(third)) {
            assertEquals(200, one.status());
            assertEquals(200, two.status());
            assertEquals(503, refused.status());
            assertEquals("7", refused.header("Retry-After"));
            assertJsonEquals(FULL, refused.body());
        }
    }

    @Test
    void initializeBeyondTheSessionCapIsRefusedWith503() throws Exception {
        String fourth = server.newSession();
        var refused = server.post(null, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}");
        assertEquals(503, refused.statusCode());
        assertEquals("7", refused.headers().firstValue("Retry-After").orElseThrow());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {
                        "code": -32000,
                        "message": "Service Unavailable: Too many sessions (limit 4); retry later"
                    }
                }
                """, refused.body());
        assertEquals(200, server.delete(fourth));
        assertEquals(200, server.post(null, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}").statusCode());
    }

    @Test
    void closingASessionFreesItsStreamSlots() throws Exception {
        try (SseConnection one = server.openStream(first);
                SseConnection two = server.openStream(second)) {
            assertEquals(200, two.status());
            server.closeSession(first);
            try (SseConnection three = server.openStream(third)) {
                assertEquals(200, three.status());
            }
        }
    }
}
