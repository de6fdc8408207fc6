package org.mcpstreams.features;

/** The arguments of a call do not fit the method: missing, or of the wrong type. */
final class InvalidArguments extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidArguments(String message) {
        super("Invalid arguments: " + message, null, false, false);
    }
}
