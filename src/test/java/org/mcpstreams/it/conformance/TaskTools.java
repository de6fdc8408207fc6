package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.TaskWork;
import org.mcpstreams.api.Tool;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/** The conformance suite's fixtures of the tasks extension: tools that run as tasks, and one that never does. */
@ApplicationScoped
public class TaskTools {

    @Tool(name = "greet", description = "Greets someone, at once")
    String greet(String name) {
        return "Hello, " + name + "!";
    }

    @Tool(name = "slow_compute", description = "Takes its time, unless cancelled", taskSupport = TaskSupport.OPTIONAL)
    String slowCompute(int seconds, Optional<String> label, CallContext call) throws InterruptedException {
        CountDownLatch cancelled = new CountDownLatch(1);
        call.onCancel(cancelled::countDown);
        cancelled.await(seconds, TimeUnit.SECONDS);
        return "Computed " + label.orElse("") + " in " + seconds + " s";
    }

    @Tool(name = "failing_job", description = "Fails after a second", taskSupport = TaskSupport.REQUIRED)
    ToolResult failingJob() throws InterruptedException {
        TimeUnit.SECONDS.sleep(1);
        return ToolResult.error("The job failed");
    }

    @Tool(name = "protocol_error_job", description = "Ends with a protocol error", taskSupport = TaskSupport.OPTIONAL)
    String protocolErrorJob() {
        throw new McpException(ErrorCode.INTERNAL_ERROR, "The job broke down");
    }

    @Tool(name = "confirm_delete", description = "Deletes a file once the user confirms",
            taskSupport = TaskSupport.OPTIONAL)
    CompletionStage<String> confirmDelete(String filename, CallContext call) {
        return call.elicit("Delete " + filename + "?", schema("confirm", "boolean"))
                .thenApply(answer -> confirmed(answer) ? "Deleted " + filename : "Kept " + filename);
    }

    @Tool(name = "multi_input", description = "Asks two questions at once", taskSupport = TaskSupport.OPTIONAL)
    CompletionStage<String> multiInput(CallContext call) {
        CompletableFuture<JsonObject> name = call.request("name", "elicitation/create", Json.createObjectBuilder()
                .add("message", "Your name?").add("requestedSchema", schema("name", "string")).build())
                .toCompletableFuture();
        CompletableFuture<JsonObject> confirm = call.request("confirm", "elicitation/create", Json.createObjectBuilder()
                .add("message", "Go on?").add("requestedSchema", schema("confirm", "boolean")).build())
                .toCompletableFuture();
        return CompletableFuture.allOf(name, confirm).thenApply(all -> "name given: " + confirmed(name.join())
                + ", confirmed: " + confirmed(confirm.join()));
    }

    @Tool(name = "test_tool_with_task", description = "Asks the user's name, then greets them from a task",
            taskSupport = TaskSupport.REQUIRED)
    CompletionStage<TaskWork> withTask(CallContext call) {
        return call.request("user_name", "elicitation/create", Json.createObjectBuilder()
                .add("message", "What is your name?").add("requestedSchema", schema("name", "string")).build())
                .thenApply(answer -> task -> "Hello, " + answer.getJsonObject("content").getString("name") + "!");
    }

    private static boolean confirmed(JsonObject answer) {
        return "accept".equals(answer.getString("action", "")) && answer.get("content") instanceof JsonObject content
                && content.getBoolean("confirm", false);
    }

    private static JsonObject schema(String field, String type) {
        return Json.createObjectBuilder().add("type", "object").add("properties", Json.createObjectBuilder()
                .add(field, Json.createObjectBuilder().add("type", type))).add("required", Json.createArrayBuilder()
                .add(field)).build();
    }
}
