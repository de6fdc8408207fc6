package org.mcpstreams.jsonrpc;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/**
 * A JSON-RPC notification: a method and optional params, no id.
 *
 * @param method the method name, never blank
 * @param params the params object, or null for none
 */
public record Notification(String method, JsonObject params) implements JsonRpcMessage {

    public Notification {
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank");
        }
    }

    @Override
    public String toJson() {
        JsonObjectBuilder message = Jsonp.createObjectBuilder().add("jsonrpc", "2.0").add("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message.build().toString();
    }
}
