package org.mcpstreams.input;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.InputRequiredException;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/**
 * One run of a stateless request that may ask the client: the answers it came with, and the
 * questions still open. A question already answered completes at once; any other is recorded, and
 * the request ends with an {@code InputRequiredResult} asking it. Thread-safe.
 */
public final class InputRound {

    /** Which client capability each kind of question needs. */
    private static final Map<String, String> CAPABILITY = Map.of("elicitation/create", "elicitation",
            "sampling/createMessage", "sampling", "roots/list", "roots");

    private final Map<String, JsonObject> answers;
    private final JsonObject capabilities;
    private final Map<String, JsonObject> asked = new LinkedHashMap<>();
    private final Map<String, JsonObject> used = new LinkedHashMap<>();
    private int unnamed;

    /**
     * @param answers the client's answers by question key: those the request state carried, then
     *     the request's {@code inputResponses}
     * @param capabilities the capabilities the client declared
     */
    InputRound(Map<String, JsonObject> answers, JsonObject capabilities) {
        this.answers = Map.copyOf(answers);
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
        JsonObject answer = answers.get(name);
        if (answer != null) {
            used.put(name, answer);
            return CompletableFuture.completedFuture(answer);
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
        JsonObjectBuilder question = Json.createObjectBuilder().add("method", method);
        question.add("params", params != null ? params : JsonObject.EMPTY_JSON_OBJECT);
        asked.putIfAbsent(name, question.build());
        return CompletableFuture.failedFuture(new InputRequiredException(name));
    }

    /** Whether a question was left unanswered: the request's answer is then an InputRequiredResult. */
    public synchronized boolean open() {
        return !asked.isEmpty();
    }

    /** The answers the request made use of, which the next round must find again. */
    synchronized Map<String, JsonObject> used() {
        return Map.copyOf(used);
    }

    /** The {@code InputRequiredResult} asking the open questions. */
    synchronized JsonObject inputRequired(String requestState) {
        JsonObjectBuilder questions = Json.createObjectBuilder();
        asked.forEach(questions::add);
        return Json.createObjectBuilder().add("resultType", "input_required").add("inputRequests", questions)
                .add("requestState", requestState).build();
    }
}
