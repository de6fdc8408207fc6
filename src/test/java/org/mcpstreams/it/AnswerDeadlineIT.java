package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The bounded wait of a call answered with JSON on a session's {@code POST}: the calls of a
 * 2025-03-26 batch, answered together in one JSON array (a single call streams its answer, and a
 * client must accept both types, else 406). A deployment of its own: the wait,
 * {@code mcp.transport.client-request-timeout-seconds}, also bounds the requests to clients that
 * other tests answer.
 */
class AnswerDeadlineIT extends DeployedWarClient {

    private static final int TIMEOUT_SECONDS = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("deadline", "mcp.transport.client-request-timeout-seconds=" + TIMEOUT_SECONDS)
                .addClass(HostileHandlers.class);
    }

    @Test
    void aCallAnsweredWithJsonThatNeverEndsIsAnErrorAtTheDeadlineWhileAnotherSessionIsServed() throws Exception {
        String stuck = server.initialize("2025-03-26");
        String polite = server.newSession();
        Instant asked = Instant.now();
        CompletableFuture<HttpResponse<String>> answer = server.postAsync(stuck, "2025-03-26",
                "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"never\"}}]");
        CompletableFuture<Instant> answeredAt = answer.thenApply(response -> Instant.now());

        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}",
                server.post(polite, "2025-11-25", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}").body());
        try (SseConnection call = server.postStreamed(polite, "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":1}}}")) {
            assertTrue(call.body().contains("\"id\":10,\"result\""), "the other session's call was answered");
        }
        assertFalse(answer.isDone(), "the other session was served while the call waited");

        HttpResponse<String> late = answer.get(TIMEOUT_SECONDS + 20, TimeUnit.SECONDS);
        Duration waited = Duration.between(asked, answeredAt.get());
        assertEquals(200, late.statusCode(), late.body());
        assertJsonEquals("""
                [
                    {
                        "jsonrpc": "2.0",
                        "id": 1,
                        "error": {
                            "code": -32000,
                            "message": "No answer within 4 seconds (mcp.transport.client-request-timeout-seconds); \
                the request was cancelled"
                        }
                    }
                ]
                """, late.body());
        assertTrue(waited.compareTo(Duration.ofSeconds(TIMEOUT_SECONDS)) >= 0
                && waited.compareTo(Duration.ofSeconds(TIMEOUT_SECONDS + 5)) < 0, "answered after " + waited);
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}",
                server.post(stuck, "2025-03-26", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}").body());
    }
}
