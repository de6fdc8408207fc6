package org.mcpstreams.jsonrpc;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The JSON-RPC error object an HTTP-level refusal carries: {@code "id": null}, a code, a message. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static JsonObject of(int code, String message) {
        return Json.createObjectBuilder()
                .add("jsonrpc", "2.0")
                .addNull("id")
                .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
                .build();
    }
}
