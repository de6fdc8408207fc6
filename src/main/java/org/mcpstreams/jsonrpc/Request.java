package org.mcpstreams.jsonrpc;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A JSON-RPC request: an id the answer will carry, a method, optional params.
 *
 * @param id a JSON string or number, never null
 * @param method the method name, never blank
 * @param params the params object, or null for none
 */
public record Request(JsonValue id, String method, JsonObject params) implements JsonRpcMessage {

    public Request {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        if (id.getValueType() != JsonValue.ValueType.STRING && id.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new IllegalArgumentException("id must be a string or a number: " + id);
        }
    }

    /** The params, or an empty object when there are none. */
    public JsonObject paramsOrEmpty() {
        return params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
    }

    @Override
    public String toJson() {
        JsonObjectBuilder message = Jsonp.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message.build().toString();
    }
}
