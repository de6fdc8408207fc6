package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * {@code tasks/cancel}: cancels the task unless it has ended, and answers with an empty result
 * either way; an unknown id, or another owner's, is -32602.
 */
@ApplicationScoped
public class TasksCancel implements BuiltInHandler {

    private final TaskRunner runner;

    @Inject
    TasksCancel(TaskRunner runner) {
        this.runner = runner;
    }

    /** For the CDI container's proxy only. */
    TasksCancel() {
        this(null);
    }

    @Override
    public String method() {
        return "tasks/cancel";
    }

    @Override
    public boolean answersAtOnce() {
        return true;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        runner.cancel(call, TaskParams.taskId(params, call));
        return CompletableFuture.completedFuture(JsonObject.EMPTY_JSON_OBJECT);
    }
}
