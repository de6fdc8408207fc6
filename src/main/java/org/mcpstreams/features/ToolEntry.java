package org.mcpstreams.features;

import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;

/**
 * A tool on offer: what {@code tools/list} shows, what {@code tools/call} runs, and the arguments
 * its calls mirror into headers.
 */
record ToolEntry(ToolDefinition definition, Call call, MirroredParams headers) {

    /** @throws IllegalArgumentException when the input schema marks a header it cannot have */
    ToolEntry(ToolDefinition definition, Call call) {
        this(definition, call, mirrored(definition));
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
}
