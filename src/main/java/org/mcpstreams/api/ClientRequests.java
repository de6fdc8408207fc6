package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;

/**
 * Sends requests to the client of a session from any CDI component, outside of a call: they go
 * on the session's GET stream. Inject it. Within a call, use {@link CallContext#request}.
 */
public interface ClientRequests {

    /**
     * Sends a request (such as {@code roots/list} or {@code ping}) to a session's client.
     *
     * @return completes with the client's result; exceptionally with an
     *     {@link org.mcpstreams.jsonrpc.McpException} for a client error or an unknown session,
     *     or a {@link java.util.concurrent.TimeoutException} after the configured timeout
     */
    CompletionStage<JsonObject> send(String sessionId, String method, JsonObject params);
}
