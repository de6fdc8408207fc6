package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Test deployments only: records what mcp-streams logs (its java.util.logging records, the
 * message as the server's log would print it), so a test can see what a client made it write.
 */
@Path("test-support/log")
@ApplicationScoped
public class LogCaptureResource {

    private static final Logger PRODUCT = Logger.getLogger("org.mcpstreams");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord line) {
            lines.add(line.getLoggerName() + " " + line.getLevel() + " " + line.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Starts recording, forgetting what was recorded before. */
    @POST
    @Path("start")
    public String start() {
        lines.clear();
        PRODUCT.removeHandler(recorder);
        PRODUCT.addHandler(recorder);
        return "recording";
    }

    /** What was logged since the start, one record per line of the answer, line breaks kept. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String lines() {
        return String.join("\u001e", lines);
    }
}
