package org.mcpstreams.features;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Completion;

/**
 * Completes one argument of a prompt or of a resource template.
 *
 * @param key {@link #key} of what it completes
 */
record CompleterEntry(String key, Complete complete) {

    /** Completes a value; the stage fails with what the method threw. */
    interface Complete {
        CompletionStage<Completion> run(String value, Map<String, String> context, CallContext call);
    }

    /** The key of a prompt's argument ({@code ref/prompt}) or a template's ({@code ref/resource}). */
    static String key(String refType, String ref, String argument) {
        return refType + '\u0000' + ref + '\u0000' + argument;
    }
}
