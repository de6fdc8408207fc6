package org.mcpstreams.input;

import jakarta.json.JsonObject;

/**
 * A question a request put to its client, as its request state carries it: the method asked
 * ({@code elicitation/create}, ...), null when the client answered before being asked, and the
 * client's answer, null while it is open.
 */
record Asked(String method, JsonObject answer) {

    static Asked open(String method) {
        return new Asked(method, null);
    }

    /** A question no state names: the client answers it before it is asked. */
    static Asked unknown() {
        return new Asked(null, null);
    }

    /** Whether the answer is for a question of {@code asked}. */
    boolean answers(String asked) {
        return answer != null && (method == null || method.equals(asked));
    }

    boolean answered() {
        return answer != null;
    }

    Asked answeredWith(JsonObject result) {
        return new Asked(method, result);
    }
}
