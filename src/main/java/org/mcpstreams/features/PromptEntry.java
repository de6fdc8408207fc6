package org.mcpstreams.features;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.PromptResult;

/** A prompt on offer. */
record PromptEntry(PromptDefinition definition, Render render) {

    /** Renders the prompt; the stage fails with what the method threw. */
    interface Render {
        CompletionStage<PromptResult> run(Map<String, String> arguments, CallContext context);
    }
}
