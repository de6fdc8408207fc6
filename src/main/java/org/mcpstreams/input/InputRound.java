package org.mcpstreams.input;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.InputRequiredException;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;

/**
 * One run of a stateless request that may ask the client: the answers it came with, and the
 * questions still open. A question answered before (the same key and method) completes at once;
 * any other is recorded, and the request ends with an {@code InputRequiredResult} asking it.
 * Thread-safe.
 */
public final class InputRound {

    /** Which client capability each kind of question needs. */
    private static final Map<String, String> CAPABILITY = Map.of("elicitation/create", "elicitation",
            "sampling/createMessage", "sampling", "roots/list", "roots");

    private final Map<String, Asked> known;
    private final JsonObject capabilities;
    private final Map<String, JsonObject> asked = new LinkedHashMap<>();
    private final Map<String, Asked> carried = new LinkedHashMap<>();
    private int unnamed;

    /**
     * @param known the questions of earlier rounds by key, those the client answered with their
     *     answers
     * @param capabilities the capabilities the client declared
     */
    InputRound(Map<String, Asked> known, JsonObject capabilities) {
        this.known = Map.copyOf(known);
        this.capabilities = capabilities;
    }

    /**
     * The answer to a question: completed when the client gave it; otherwise failed with
     * {@link InputRequiredException} (the question is now open), or with -32021 when the client
     * did not declare the capability the question needs.
     *
     * @param key the question's name, or null to number it in the order of asking
     */
    public synchronized CompletionStage<JsonObject> ask(String key, String method, JsonObject params) {
        if (key != null && key.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("A question's key must not be blank"));
        }
        String name = key != null ? key : "input-" + ++unnamed;
        Asked before = known.get(name);
        if (before != null && before.answers(method)) {
            carried.put(name, new Asked(method, before.answer()));
            return CompletableFuture.completedFuture(before.answer());
        }
        String capability = CAPABILITY.get(method);
        if (capability == null) {
            return CompletableFuture.failedFuture(new McpException(ErrorCode.INTERNAL_ERROR,
                    "Internal error: a stateless client can be asked elicitation/create, sampling/createMessage or"
                            + " roots/list, not " + method));
        }
        if (!capabilities.containsKey(capability)) {
            return CompletableFuture.failedFuture(McpException.missingClientCapabilities(List.of(capability)));
        }
        JsonObjectBuilder question = Jsonp.createObjectBuilder().add("method", method);
        question.add("params", params != null ? params : JsonObject.EMPTY_JSON_OBJECT);
        if (asked.putIfAbsent(name, question.build()) == null) {
            carried.put(name, Asked.open(method));
        }
        return CompletableFuture.failedFuture(new InputRequiredException(name));
    }

    /** Whether a question was left unanswered: the request's answer is then an InputRequiredResult. */
    public synchronized boolean open() {
        return !asked.isEmpty();
    }

    /**
     * What the next round must know: the answers this one made use of and the questions it left
     * open, which only the client's next {@code inputResponses} may answer.
     */
    synchronized Map<String, Asked> carried() {
        return Map.copyOf(carried);
    }

    /** The {@code InputRequiredResult} asking the open questions. */
    synchronized JsonObject inputRequired(String requestState) {
        JsonObjectBuilder questions = Jsonp.createObjectBuilder();
        asked.forEach(questions::add);
        return Jsonp.createObjectBuilder().add("resultType", "input_required").add("inputRequests", questions)
                .add("requestState", requestState).build();
    }
}
