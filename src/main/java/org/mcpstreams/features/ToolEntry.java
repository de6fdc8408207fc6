package org.mcpstreams.features;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A tool on offer: what {@code tools/list} shows, what {@code tools/call} runs, and the arguments
 * its calls mirror into headers.
 */
record ToolEntry(ToolDefinition definition, Call call, MirroredParams headers, TaskSupport taskSupport,
        Optional<BeforeTask> beforeTask) {

    /** @throws IllegalArgumentException when the input schema marks a header it cannot have */
    ToolEntry(ToolDefinition definition, Call call) {
        this(definition, call, TaskSupport.FORBIDDEN, Optional.empty());
    }

    /**
     * @param beforeTask the part of the call before its task, for a tool that returns a
     *     {@link org.mcpstreams.api.TaskWork}; {@code call} then runs both parts in the request
     * @throws IllegalArgumentException when the input schema marks a header it cannot have
     */
    ToolEntry(ToolDefinition definition, Call call, TaskSupport taskSupport, Optional<BeforeTask> beforeTask) {
        this(definition, call, mirrored(definition), taskSupport, beforeTask);
    }

    /** The tool as {@code tools/list} shows it, with {@code execution.taskSupport} unless never a task. */
    JsonObject toJson() {
        JsonObject json = definition.toJson();
        return taskSupport == TaskSupport.FORBIDDEN ? json : Jsonp.createObjectBuilder(json).add("execution",
                Jsonp.createObjectBuilder().add("taskSupport", taskSupport.wireName())).build();
    }

    private static MirroredParams mirrored(ToolDefinition definition) {
        try {
            return MirroredParams.of(definition.inputSchema());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("Tool " + definition.name() + ": " + invalid.getMessage(), invalid);
        }
    }

    /** Runs the tool; the stage fails with what the tool threw. */
    interface Call {
        CompletionStage<ToolResult> run(JsonObject arguments, CallContext context);
    }

    /** Runs the part of a call before its task; the stage completes with the rest, which a task runs. */
    interface BeforeTask {
        CompletionStage<Rest> run(JsonObject arguments, CallContext context);
    }

    /** The rest of a call, as a task runs it; the stage fails with what the tool threw. */
    interface Rest {
        CompletionStage<ToolResult> run(CallContext task);
    }
}
