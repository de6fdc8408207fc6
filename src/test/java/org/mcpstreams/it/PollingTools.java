package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;

/**
 * Test deployments that add it: "poll" logs, closes its call's connection, then waits for
 * "release" with the same gate before it logs again and answers, so that the client has resumed
 * by then.
 */
@ApplicationScoped
public class PollingTools {

    private static final Map<String, CompletableFuture<Void>> GATES = new ConcurrentHashMap<>();

    @Tool(description = "test tool poll: logs, closes its connection, logs again and answers once released")
    CompletionStage<String> poll(@Arg(description = "the gate release opens") String gate, CallContext call) {
        call.log("info", "before the close");
        boolean closing = call.closeConnection();
        return gate(gate).thenApply(released -> {
            call.log("info", "after the close");
            return closing ? "closed its connection" : "kept its connection";
        });
    }

    @Tool(description = "test tool release: lets the call of poll waiting at that gate go on")
    String release(@Arg(description = "the gate poll waits at") String gate) {
        gate(gate).complete(null);
        return "released " + gate;
    }

    private static CompletableFuture<Void> gate(String name) {
        return GATES.computeIfAbsent(name, any -> new CompletableFuture<>());
    }
}
