package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.api.Tool;

/**
 * Test deployments only: application code that misbehaves. The tool "hold" keeps its thread
 * until cancelled (at most 30 s); the tool "never" returns a stage that never completes, not even
 * when cancelled; the request handlers of the methods {@code hostile/*} throw an {@link Error},
 * return null, fail their stage, or never complete, not even when cancelled.
 */
@ApplicationScoped
public class HostileHandlers {

    @Tool(description = "test tool big: a text result of the given number of characters")
    String big(@Arg(description = "how many characters") int characters) {
        return "x".repeat(characters);
    }

    @Tool(description = "test tool never: a result that never comes, cancelled or not")
    CompletionStage<String> never() {
        return new CompletableFuture<>();
    }

    @Tool(description = "test tool hold")
    String hold(CallContext call) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        // polls rather than waiting for a cancel action: those run on the call threads this holds
        while (!call.cancelled() && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        return "held";
    }

    /** {@code hostile/error}: throws an {@link Error} before it returns a stage. */
    @ApplicationScoped
    public static class Throwing implements RequestHandler {

        @Override
        public String method() {
            return "hostile/error";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            throw new Error("a handler that throws an Error");
        }
    }

    /** {@code hostile/null}: returns null rather than a stage. */
    @ApplicationScoped
    public static class ReturningNull implements RequestHandler {

        @Override
        public String method() {
            return "hostile/null";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return null;
        }
    }

    /** {@code hostile/failed}: a stage that fails with an {@link Error}. */
    @ApplicationScoped
    public static class Failing implements RequestHandler {

        @Override
        public String method() {
            return "hostile/failed";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return CompletableFuture.failedFuture(new Error("a stage that fails"));
        }
    }

    /** {@code hostile/never}: a stage that never completes, cancelled or not. */
    @ApplicationScoped
    public static class Never implements RequestHandler {

        @Override
        public String method() {
            return "hostile/never";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return new CompletableFuture<>();
        }
    }
}
