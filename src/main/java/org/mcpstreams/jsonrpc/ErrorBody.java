package org.mcpstreams.jsonrpc;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The JSON-RPC error object an HTTP-level refusal carries: {@code "id": null}, a code, a message. */
public final class ErrorBody {

    private ErrorBody() {
    }

    /**
     * An error answering a request whose id is known (stateless revisions answer with it).
     *
     * @param id the request's id, or null
     * @param data more detail, or null
     */
    public static JsonObject of(JsonValue id, int code, String message, JsonValue data) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder().add("code", code).add("message", message);
        if (data != null) {
            error.add("data", data);
        }
        return Jsonp.createObjectBuilder().add("jsonrpc", "2.0").add("id", id == null ? JsonValue.NULL : id)
                .add("error", error).build();
    }

    public static JsonObject of(int code, String message) {
        return Jsonp.createObjectBuilder()
                .add("jsonrpc", "2.0")
                .addNull("id")
                .add("error", Jsonp.createObjectBuilder().add("code", code).add("message", message))
                .build();
    }
}
