package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletionStage;

/**
 * Answers one JSON-RPC method for MCP clients. Make it a CDI bean (for example
 * {@code @ApplicationScoped}) and it is found at deployment. Its answer goes on an SSE stream of
 * its own, after whatever it sent through the {@link CallContext} (progress, log messages,
 * requests to the client).
 */
public interface RequestHandler {

    /** The method answered, such as {@code "tools/call"}; one handler per method. */
    String method();

    /**
     * Answers a request. Complete the stage with the result, or exceptionally with an
     * {@link org.mcpstreams.jsonrpc.McpException} for a JSON-RPC error; any other failure is
     * answered with an internal error.
     *
     * @param params the request's params, an empty object when it had none
     */
    CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call);
}
