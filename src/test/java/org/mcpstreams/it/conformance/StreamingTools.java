package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;

/**
 * The conformance suite's fixture tools that send on the call's stream: log messages, progress,
 * and one that closes its own connection before answering (SSE polling).
 */
@ApplicationScoped
public class StreamingTools {

    @Tool(name = "test_tool_with_logging", description = "Tests tool that emits log messages during execution")
    String withLogging(CallContext call) throws InterruptedException {
        call.log("info", Json.createValue("Tool execution started"));
        TimeUnit.MILLISECONDS.sleep(50);
        call.log("info", Json.createValue("Tool processing data"));
        TimeUnit.MILLISECONDS.sleep(50);
        call.log("info", Json.createValue("Tool execution completed"));
        return "Tool with logging executed successfully";
    }

    @Tool(name = "test_logging_tool", description = "Sends a log message at every level the client may have asked for")
    String logging(CallContext call) {
        for (String level : new String[] {"debug", "info", "warning", "error"}) {
            call.log(level, Json.createValue("a " + level + " message"));
        }
        return "Logged what the client's level lets through";
    }

    @Tool(name = "test_tool_with_progress", description = "Tests tool that reports progress notifications")
    String withProgress(CallContext call) throws InterruptedException {
        for (int step = 0; step <= 100; step += 50) {
            call.progress(step, 100.0, "Completed step " + step + " of 100");
            if (step < 100) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        return "Tool with progress executed successfully";
    }

    /** Closes the connection of the call's stream, then answers: the client resumes with GET and Last-Event-ID. */
    @Tool(name = "test_reconnection", description = "Tests SSE stream disconnection and client reconnection (SEP-1699)."
            + " Server will close the stream mid-call and send the result after client reconnects.")
    String reconnection(CallContext call) throws InterruptedException {
        call.closeConnection();
        // the result comes after the close, on the connection the client resumes with
        TimeUnit.MILLISECONDS.sleep(100);
        return "Reconnection test completed successfully. If you received this, the client properly reconnected"
                + " after stream closure.";
    }
}
