package org.mcpstreams.input;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.session.Session;

/**
 * Multi round-trip requests of the stateless revision: a request that may ask the client starts a
 * round with what its {@code requestState} carries (earlier answers and the questions left open)
 * and the {@code inputResponses} answering those open questions: any other response is ignored,
 * and none replaces an answer the state carries. A request without a state may bring answers to
 * the questions its client expects: every response then counts. A round left with open questions
 * ends in an {@code InputRequiredResult}.
 */
@ApplicationScoped
public class InputRounds {

    private static final Logger LOG = Logger.getLogger(InputRounds.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    /** The only requests that may answer with an {@code InputRequiredResult}. */
    public static final Set<String> METHODS = Set.of("tools/call", "prompts/get", "resources/read");

    private final RequestStates states;

    @Inject
    public InputRounds(RequestStates states) {
        this.states = states;
    }

    /** For the CDI container's proxy only. */
    protected InputRounds() {
        this(null);
    }

    /**
     * The round of {@code request}, or null when its method may not ask the client.
     *
     * @throws McpException -32602 when {@code inputResponses} is not an object of objects, or the
     *     {@code requestState} is refused
     */
    public InputRound begin(Session context, Request request) {
        if (!METHODS.contains(request.method())) {
            return null;
        }
        JsonObject params = request.paramsOrEmpty();
        Map<String, Asked> sealed = null;
        if (params.containsKey("requestState")) {
            if (!(params.get("requestState") instanceof JsonString state)) {
                throw invalid("requestState must be a string");
            }
            sealed = states.open(state.getString(), origin(context, request));
        }
        Map<String, Asked> known = sealed == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sealed);
        if (params.containsKey("inputResponses")) {
            if (!(params.get("inputResponses") instanceof JsonObject given)) {
                throw invalid("inputResponses must be an object of the client's results by input request key");
            }
            for (Map.Entry<String, JsonValue> answer : given.entrySet()) {
                if (!(answer.getValue() instanceof JsonObject result)) {
                    throw invalid("inputResponses." + answer.getKey() + " must be an object (the client's result)");
                }
                Asked question = sealed == null ? Asked.unknown() : sealed.get(answer.getKey());
                if (question != null && !question.answered()) {
                    known.put(answer.getKey(), question.answeredWith(result));
                } else {
                    LOG.fine(() -> "Ignored inputResponses." + LogText.of(answer.getKey()) + ": no open question of that key");
                }
            }
        }
        return new InputRound(known, context.clientCapabilities());
    }

    /** The {@code InputRequiredResult} of a round left with open questions. */
    public JsonObject inputRequired(Session context, Request request, InputRound round) {
        return round.inputRequired(states.seal(origin(context, request), round.carried()));
    }

    private static Origin origin(Session context, Request request) {
        return Origin.of(request.method(), request.paramsOrEmpty(), context.user());
    }

    private static McpException invalid(String why) {
        REFUSALS.log(() -> "Refused a request's input: " + LogText.of(why));
        return new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: " + why);
    }
}
