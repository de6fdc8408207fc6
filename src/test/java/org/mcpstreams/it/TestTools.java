package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/**
 * Test deployments only: a {@code tools/call} whose tools exercise the transport. "count" sends
 * {@code steps} progress notifications and a log message, "sample" asks the client for a
 * sampling, "wait" answers only when cancelled, "fail" throws a JSON-RPC error.
 */
@ApplicationScoped
public class TestTools implements RequestHandler {

    private static final Executor LATER = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);

    @Override
    public String method() {
        return "tools/call";
    }

    @Override
    public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
        JsonObject arguments = params.getJsonObject("arguments");
        return switch (params.getString("name", "")) {
            case "count" -> count(arguments == null ? 3 : arguments.getInt("steps", 3), call);
            case "sample" -> call.request("sampling/createMessage", Json.createObjectBuilder()
                    .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user")
                            .add("content", Json.createObjectBuilder().add("type", "text").add("text", "hello"))))
                    .add("maxTokens", 10).build())
                    .thenApply(answer -> text("sampled: " + answer.getJsonObject("content").getString("text")));
            case "wait" -> {
                CompletableFuture<JsonObject> cancelled = new CompletableFuture<>();
                call.onCancel(() -> cancelled.complete(text("cancelled")));
                yield cancelled;
            }
            case "fail" -> CompletableFuture.failedFuture(new McpException(ErrorCode.INVALID_PARAMS, "no such thing"));
            default -> CompletableFuture.failedFuture(new McpException(ErrorCode.INVALID_PARAMS, "unknown tool"));
        };
    }

    private static CompletionStage<JsonObject> count(int steps, CallContext call) {
        CompletableFuture<JsonObject> done = new CompletableFuture<>();
        step(1, steps, call, done);
        return done;
    }

    private static void step(int n, int steps, CallContext call, CompletableFuture<JsonObject> done) {
        if (n > steps) {
            call.log("info", Json.createValue("counted to " + steps));
            done.complete(text("counted to " + steps));
            return;
        }
        call.progress(n, (double) steps, "step " + n);
        LATER.execute(() -> step(n + 1, steps, call, done));
    }

    static JsonObject text(String text) {
        return Json.createObjectBuilder()
                .add("content", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "text").add("text", text)))
                .build();
    }
}
