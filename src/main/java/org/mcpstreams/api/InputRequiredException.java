package org.mcpstreams.api;

/**
 * What a question to a stateless client (2026-07-28) fails with until the client answers it: the
 * request ends with an {@code InputRequiredResult}, and the client's retry brings the answer (see
 * {@link CallContext#request(String, String, jakarta.json.JsonObject)}). A handler lets it
 * propagate; what it returns or throws after it is not sent.
 */
public final class InputRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputRequiredException(String key) {
        super("Input " + key + " is asked of the client", null, false, false);
    }
}
