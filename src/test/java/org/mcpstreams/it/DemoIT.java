package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The shipped WAR's demo, on with {@code mcp.demo.enabled=true} (the default outside tests). */
class DemoIT extends DeployedWarClient {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("demo", "mcp.demo.enabled=true");
    }

    @Test
    void countdownStreamsProgressThenLiftOff() throws Exception {
        try (SseConnection call = server.postStreamed(server.newSession(), "{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"countdown\",\"arguments\":{\"seconds\":1},"
                + "\"_meta\":{\"progressToken\":\"c\"}}}")) {
            call.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                    + "\"c\",\"progress\":0.0,\"total\":1.0,\"message\":\"1 second left\"}}", call.nextEvent().get(1));
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                    + "\"c\",\"progress\":1.0,\"total\":1.0,\"message\":\"lift-off\"}}", call.nextEvent().get(1));
            call.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"Lift-off after 1 second!\"}]}}", call.nextEvent().get(1));
        }
    }

    @Test
    void clockResourceAndTimePromptAreOffered() throws Exception {
        String session = server.newSession();
        try (SseConnection call = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":2,"
                + "\"method\":\"resources/read\",\"params\":{\"uri\":\"demo://clock\"}}")) {
            call.nextEvent();
            String read = call.nextEvent().get(1);
            assertTrue(read.matches("data: \\{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\\{\"contents\":\\[\\{\"uri\":"
                    + "\"demo://clock\",\"mimeType\":\"text/plain\",\"text\":\"It is .* on the server.\"}]}}"), read);
        }
        try (SseConnection call = server.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":3,"
                + "\"method\":\"completion/complete\",\"params\":{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"time\"},"
                + "\"argument\":{\"name\":\"city\",\"value\":\"to\"}}}")) {
            call.nextEvent();
            assertEquals("data: {\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"completion\":{\"values\":[\"Tokyo\","
                    + "\"Toronto\"],\"total\":2,\"hasMore\":false}}}", call.nextEvent().get(1));
        }
    }
}
