package org.mcpstreams.jsonrpc;

/** One JSON-RPC 2.0 message, as MCP exchanges them. */
public sealed interface JsonRpcMessage permits Request, Notification, ResultResponse, ErrorResponse {

    /** The message as it goes on the wire. */
    String toJson();
}
