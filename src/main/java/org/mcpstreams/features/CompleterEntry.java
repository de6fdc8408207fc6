package org.mcpstreams.features;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Completion;

/**
 * Completes one argument of a prompt or of a resource template.
 *
 * @param key what it completes
 */
record CompleterEntry(CompleterKey key, Complete complete) {

    /** Completes a value; the stage fails with what the method threw. */
    interface Complete {
        CompletionStage<Completion> run(String value, Map<String, String> context, CallContext call);
    }
}
