package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;

/**
 * What a {@link RequestHandler} may do while it answers one request. Everything it sends goes on
 * the request's own stream, before the response.
 */
public interface CallContext {

    /** The MCP session the request came in. */
    String sessionId();

    /** The protocol revision of that session, such as {@code "2025-11-25"}. */
    String protocolVersion();

    /**
     * The capabilities the client declared: at {@code initialize}, or in the request's
     * {@code _meta} in the stateless revision.
     */
    JsonObject clientCapabilities();

    /**
     * Fails the request with -32021 (missing required client capability, its data naming them)
     * unless the client declared every one of {@code capabilities}, such as {@code "sampling"}.
     * Called before a handler's stage is returned, the refusal is an HTTP 400 for a stateless
     * client.
     *
     * @throws McpException when a capability is missing
     */
    default void requireClientCapabilities(String... capabilities) {
        List<String> missing = new ArrayList<>();
        for (String capability : capabilities) {
            if (!clientCapabilities().containsKey(capability)) {
                missing.add(capability);
            }
        }
        if (!missing.isEmpty()) {
            throw McpException.missingClientCapabilities(missing);
        }
    }

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
     * Sends a {@code notifications/message} log message whose data is the text {@code message}, as
     * {@link #log(String, JsonValue)} does.
     *
     * @throws NullPointerException when {@code message} is null
     */
    default void log(String level, String message) {
        log(level, Jsonp.createValue(Objects.requireNonNull(message, "message")));
    }

    /**
     * Asks the client (such as {@code sampling/createMessage}, {@code elicitation/create},
     * {@code roots/list}) and completes with its result, or exceptionally with an
     * {@link McpException} carrying the client's error, or a
     * {@link java.util.concurrent.TimeoutException} after the configured timeout.
     * <p>On a session (2025 revisions) this sends a request on the call's stream. In the stateless
     * revision (2026-07-28) nothing is sent: while the client has not answered, the stage fails
     * with {@link InputRequiredException} and the request is answered with an
     * {@code InputRequiredResult} asking every question left open; the client answers by
     * retrying the request, which runs the handler again, and this time the stage completes with
     * the answer. The stage of a question still open has failed when it is returned, so a handler
     * may block on it ({@code join()}) as well as chain it: whatever it makes of that failure, a
     * question left open answers the request with the {@code InputRequiredResult}. A handler that
     * asks the client is therefore written once for both: it must ask
     * the same questions in the same order when run again, and do nothing it must not repeat
     * before its questions are answered. Only {@code tools/call}, {@code prompts/get} and
     * {@code resources/read} may ask a stateless client; a method the client did not declare the
     * capability for fails with -32021.
     *
     * @param key names the question in {@code inputRequests} (unique within the request); null
     *     numbers it in the order of asking
     */
    CompletionStage<JsonObject> request(String key, String method, JsonObject params);

    /** Asks the client as {@link #request(String, String, JsonObject)} does, with a numbered key. */
    default CompletionStage<JsonObject> request(String method, JsonObject params) {
        return request(null, method, params);
    }

    /** Asks the client's model for a message ({@code sampling/createMessage}), a numbered question; see {@link #request}. */
    default CompletionStage<JsonObject> sample(JsonObject params) {
        return sample(null, params);
    }

    /**
     * Asks the client's model for a message ({@code sampling/createMessage}); see {@link #request}.
     *
     * @param key names the question in {@code inputRequests}; null numbers it
     */
    default CompletionStage<JsonObject> sample(String key, JsonObject params) {
        return request(key, "sampling/createMessage", params);
    }

    /** Asks the user for input, a numbered question; see {@link #elicit(String, String, JsonObject)}. */
    default CompletionStage<JsonObject> elicit(String message, JsonObject requestedSchema) {
        return elicit(null, message, requestedSchema);
    }

    /**
     * Asks the user for input ({@code elicitation/create}); see {@link #request}. The result has
     * an {@code action} ({@code accept}, {@code decline}, {@code cancel}) and, when accepted, the
     * {@code content}.
     *
     * @param key names the question in {@code inputRequests}; null numbers it
     * @param requestedSchema a flat object schema of the fields wanted
     */
    default CompletionStage<JsonObject> elicit(String key, String message, JsonObject requestedSchema) {
        return request(key, "elicitation/create", Jsonp.createObjectBuilder().add("message", message)
                .add("requestedSchema", requestedSchema).build());
    }

    /** Asks the client for its roots ({@code roots/list}), a numbered question; see {@link #request}. */
    default CompletionStage<JsonObject> roots() {
        return roots(null);
    }

    /**
     * Asks the client for its roots ({@code roots/list}); see {@link #request}.
     *
     * @param key names the question in {@code inputRequests}; null numbers it
     */
    default CompletionStage<JsonObject> roots(String key) {
        return request(key, "roots/list", null);
    }

    /** Whether the client cancelled this request with {@code notifications/cancelled}. */
    boolean cancelled();

    /** Runs {@code action} when the client cancels this request (at once if it already has). */
    void onCancel(Runnable action);

    /**
     * Closes the connection of the call's stream but not the stream (SSE polling), to free the
     * connection while the call takes its time: the client reconnects after the {@code retry}
     * delay it was given, with {@code GET} and {@code Last-Event-ID}, and receives what was sent
     * meanwhile, then the response; it misses nothing and gets nothing twice. The connection closes
     * between two events, once it has carried its priming event (which tells the client where to
     * resume) and what the call sent before asking; what the call sends after may still go on it.
     * Only a client that resumes by itself is left so: one on 2025-11-25, whose stream began with a
     * priming event. For any other this does nothing: before 2025-11-25 a server may not close a
     * call's connection before its response, a stateless client's (2026-07-28) stream cannot be
     * resumed (its connection closing cancels the call), and a call answered with JSON has no
     * stream to leave.
     *
     * @return true when the connection closes, now or once what it must carry is written; false
     *     when the client cannot resume, or the connection is gone or going already (lost, asked to
     *     close, or the response written)
     */
    default boolean closeConnection() {
        return false;
    }
}
