package org.mcpstreams.api;

import jakarta.json.JsonObject;

/** Runs a tool added through {@link Features#addTool}. */
@FunctionalInterface
public interface ToolHandler {

    /**
     * @param arguments the call's arguments, an empty object when it had none
     * @throws Exception any failure, answered as a result with {@code isError: true}; an
     *     {@link org.mcpstreams.jsonrpc.McpException} is answered as a JSON-RPC error
     */
    ToolResult call(JsonObject arguments, CallContext call) throws Exception;
}
