package org.mcpstreams.features;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/** Reads the params of a request, answering -32602 for what is missing or of the wrong type. */
final class RequestParams {

    private RequestParams() {
    }

    /** A required string member of the params. */
    static String requiredString(JsonObject params, String name) {
        if (params.get(name) instanceof JsonString text) {
            return text.getString();
        }
        throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: " + name + " must be a string");
    }
}
