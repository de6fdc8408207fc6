package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/**
 * Test deployments only: tools that exercise the transport. "count" sends {@code steps} progress
 * notifications and a log message, "sample" asks the client for a sampling, "wait" answers only
 * when cancelled, "fail" throws a JSON-RPC error.
 */
@ApplicationScoped
public class TestTools {

    /** How many calls of "wait" were cancelled. */
    static final AtomicInteger CANCELLED = new AtomicInteger();

    private static final Executor LATER = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);

    @Tool(description = "test tool count")
    CompletionStage<String> count(@Arg(description = "how many steps") Optional<Integer> steps, CallContext call) {
        CompletableFuture<String> done = new CompletableFuture<>();
        step(1, steps.orElse(3), call, done);
        return done;
    }

    @Tool(description = "test tool sample")
    CompletionStage<String> sample(CallContext call) {
        return call.sample(Json.createObjectBuilder()
                        .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user")
                                .add("content", Json.createObjectBuilder().add("type", "text").add("text", "hello"))))
                        .add("maxTokens", 10).build())
                .thenApply(answer -> "sampled: " + answer.getJsonObject("content").getString("text"));
    }

    @Tool(name = "wait", description = "test tool wait")
    CompletionStage<String> waitForCancel(CallContext call) {
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        call.onCancel(() -> {
            CANCELLED.incrementAndGet();
            cancelled.complete("cancelled");
        });
        return cancelled;
    }

    @Tool(description = "test tool fail")
    String fail() {
        throw new McpException(ErrorCode.INVALID_PARAMS, "no such thing");
    }

    private static void step(int n, int steps, CallContext call, CompletableFuture<String> done) {
        if (n > steps) {
            call.log("info", Json.createValue("counted to " + steps));
            done.complete("counted to " + steps);
            return;
        }
        call.progress(n, (double) steps, "step " + n);
        LATER.execute(() -> step(n + 1, steps, call, done));
    }
}
