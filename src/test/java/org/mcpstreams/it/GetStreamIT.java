package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /mcp} on Payara Micro, spoken to over loopback by a real HTTP client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GetStreamIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("streams", "mcp.streams.keep-alive-seconds=30");
    }

    @ArquillianResource
    URL base;

    @Test
    void newStreamStartsWithPrimingEventForCurrentClients() throws Exception {
        try (SseConnection stream = SseConnection.get(endpoint(), Map.of("Accept", "text/event-stream",
                "Mcp-Session-Id", session(), "MCP-Protocol-Version", "2025-11-25"))) {
            assertEquals(200, stream.status());
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));
            assertEquals("no-cache, no-transform", stream.header("Cache-Control"));
            assertEquals("no", stream.header("X-Accel-Buffering"));
            List<String> priming = stream.nextBlock();
            assertEquals(2, priming.size(), priming.toString());
            assertTrue(priming.get(0).matches("id: ?[A-Za-z0-9_-]+:0"), priming.toString());
            assertTrue(priming.get(1).matches("data: ?"), priming.toString());
        }
    }

    private URI endpoint() {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return URI.create("http://127.0.0.1:" + base.getPort() + path + "mcp");
    }

    private static String session() {
        return UUID.randomUUID().toString();
    }
}
