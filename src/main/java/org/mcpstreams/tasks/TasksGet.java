package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * {@code tasks/get}: the task of that id with, once ended, its result or error, and while it
 * waits, its questions; an unknown id, or another owner's, is -32602.
 */
@ApplicationScoped
public class TasksGet implements BuiltInHandler {

    private final TaskRunner runner;

    @Inject
    TasksGet(TaskRunner runner) {
        this.runner = runner;
    }

    /** For the CDI container's proxy only. */
    TasksGet() {
        this(null);
    }

    @Override
    public String method() {
        return "tasks/get";
    }

    @Override
    public boolean answersAtOnce() {
        return true;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        return CompletableFuture.completedFuture(runner.detailed(call, TaskParams.taskId(params, call)));
    }
}
