package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * {@code tasks/update}: the client's answers ({@code inputResponses}, each an object, by key) to
 * the questions its task waits with; answers to no open question are ignored, and the answer is
 * an empty result. An unknown id, or another owner's, is -32602.
 */
@ApplicationScoped
public class TasksUpdate implements BuiltInHandler {

    private final TaskRunner runner;

    @Inject
    TasksUpdate(TaskRunner runner) {
        this.runner = runner;
    }

    /** For the CDI container's proxy only. */
    TasksUpdate() {
        this(null);
    }

    @Override
    public String method() {
        return "tasks/update";
    }

    @Override
    public boolean answersAtOnce() {
        return true;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        String taskId = TaskParams.taskId(params, call);
        JsonValue responses = params.get("inputResponses");
        if (!(responses instanceof JsonObject answers)
                || !answers.values().stream().allMatch(answer -> answer instanceof JsonObject)) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: inputResponses must be an object of"
                    + " objects");
        }
        runner.answer(call, taskId, answers);
        return CompletableFuture.completedFuture(JsonObject.EMPTY_JSON_OBJECT);
    }
}
