package org.mcpstreams.features;

import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;

/** A tool on offer: what {@code tools/list} shows and what {@code tools/call} runs. */
record ToolEntry(ToolDefinition definition, Call call) {

    /** Runs the tool; the stage fails with what the tool threw. */
    interface Call {
        CompletionStage<ToolResult> run(JsonObject arguments, CallContext context);
    }
}
