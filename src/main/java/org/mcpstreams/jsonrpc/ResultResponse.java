package org.mcpstreams.jsonrpc;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A successful JSON-RPC response.
 *
 * @param id the id of the request it answers
 * @param result the result, never null (use an empty object for "no result")
 */
public record ResultResponse(JsonValue id, JsonValue result) implements JsonRpcMessage {

    public ResultResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String toJson() {
        return Jsonp.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("result", result).build().toString();
    }
}
