package org.mcpstreams.features;

import java.util.Objects;

/**
 * What a completer completes: an argument of a prompt ({@code ref/prompt} and its name) or of a
 * resource template ({@code ref/resource} and its URI template).
 */
record CompleterKey(String refType, String ref, String argument) {

    CompleterKey {
        Objects.requireNonNull(refType, "refType");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(argument, "argument");
    }

    /** The three parts separated by spaces, as messages name it. */
    @Override
    public String toString() {
        return refType + " " + ref + " " + argument;
    }
}
