package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletionStage;

/**
 * What a {@link RequestHandler} may do while it answers one request. Everything it sends goes on
 * the request's own stream, before the response.
 */
public interface CallContext {

    /** The MCP session the request came in. */
    String sessionId();

    /** The protocol revision of that session, such as {@code "2025-11-25"}. */
    String protocolVersion();

    /** The capabilities the client declared at {@code initialize}. */
    JsonObject clientCapabilities();

    /**
     * Sends {@code notifications/progress} for this request; does nothing when the request
     * carried no {@code _meta.progressToken}.
     *
     * @param total the total, or null when unknown
     * @param message a human-readable message, or null
     */
    void progress(double progress, Double total, String message);

    /**
     * Sends a {@code notifications/message} log message, unless {@code level} is below the level
     * the client set with {@code logging/setLevel}.
     */
    void log(String level, JsonValue data);

    /**
     * Sends a request to the client (such as {@code sampling/createMessage},
     * {@code elicitation/create}, {@code roots/list} or {@code ping}) and completes with its
     * result, or exceptionally with an {@link org.mcpstreams.jsonrpc.McpException} carrying the
     * client's error, or a {@link java.util.concurrent.TimeoutException} after the configured
     * timeout.
     */
    CompletionStage<JsonObject> request(String method, JsonObject params);

    /** Asks the client's model for a message ({@code sampling/createMessage}); see {@link #request}. */
    default CompletionStage<JsonObject> sample(JsonObject params) {
        return request("sampling/createMessage", params);
    }

    /**
     * Asks the user for input ({@code elicitation/create}); see {@link #request}. The result has
     * an {@code action} ({@code accept}, {@code decline}, {@code cancel}) and, when accepted, the
     * {@code content}.
     *
     * @param requestedSchema a flat object schema of the fields wanted
     */
    default CompletionStage<JsonObject> elicit(String message, JsonObject requestedSchema) {
        return request("elicitation/create", jakarta.json.Json.createObjectBuilder().add("message", message)
                .add("requestedSchema", requestedSchema).build());
    }

    /** Asks the client for its roots ({@code roots/list}); see {@link #request}. */
    default CompletionStage<JsonObject> roots() {
        return request("roots/list", null);
    }

    /** Whether the client cancelled this request with {@code notifications/cancelled}. */
    boolean cancelled();

    /** Runs {@code action} when the client cancels this request (at once if it already has). */
    void onCancel(Runnable action);
}
