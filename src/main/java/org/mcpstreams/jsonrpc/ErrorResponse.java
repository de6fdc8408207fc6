package org.mcpstreams.jsonrpc;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A JSON-RPC error response.
 *
 * @param id the id of the request it answers; {@link JsonValue#NULL} when it could not be read
 * @param code the error code ({@link ErrorCode})
 * @param message a short description, never null
 * @param data more detail, or null
 */
public record ErrorResponse(JsonValue id, int code, String message, JsonValue data) implements JsonRpcMessage {

    public ErrorResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }

    public static ErrorResponse of(JsonValue id, McpException error) {
        return new ErrorResponse(id, error.code(), error.getMessage(), error.data());
    }

    @Override
    public String toJson() {
        JsonObjectBuilder error = Jsonp.createObjectBuilder().add("code", code).add("message", message);
        if (data != null) {
            error.add("data", data);
        }
        return Jsonp.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("error", error).build().toString();
    }
}
