package org.mcpstreams.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.ResultResponse;

/**
 * What answers look like in the stateless revision: every result says {@code resultType}, the
 * cacheable ones ({@code server/discover}, the lists, {@code resources/read}) carry caching hints
 * (private, not to be reused) unless they ask for input, and a resource not found is -32602.
 */
public final class StatelessAnswers {

    /** Methods of the sessions' revisions that the stateless revision removed. */
    public static final Set<String> REMOVED = Set.of("initialize", "ping", "logging/setLevel", "resources/subscribe",
            "resources/unsubscribe", "notifications/initialized");

    private static final Set<String> CACHEABLE = Set.of("server/discover", "tools/list", "prompts/list",
            "resources/list", "resources/templates/list", "resources/read");

    private StatelessAnswers() {
    }

    /** The answer to {@code method} as a stateless client reads it. */
    public static JsonRpcMessage of(String method, JsonRpcMessage answer) {
        if (answer instanceof ResultResponse response && response.result() instanceof JsonObject result) {
            return new ResultResponse(response.id(), complete(method, result));
        }
        if (answer instanceof ErrorResponse error && error.code() == ErrorCode.RESOURCE_NOT_FOUND) {
            return new ErrorResponse(error.id(), ErrorCode.INVALID_PARAMS, error.message(), error.data());
        }
        return answer;
    }

    /**
     * The HTTP status of an answer: 400 for a missing client capability (the spec's rule for
     * -32021), 200 for any other (a JSON-RPC error in a 200 body).
     */
    public static int status(JsonRpcMessage answer) {
        return answer instanceof ErrorResponse error && error.code() == ErrorCode.MISSING_CLIENT_CAPABILITY ? 400 : 200;
    }

    static JsonObject complete(String method, JsonObject result) {
        JsonObjectBuilder complete = Jsonp.createObjectBuilder(result);
        if (!result.containsKey("resultType")) {
            complete.add("resultType", "complete");
        }
        if (CACHEABLE.contains(method) && !"input_required".equals(result.getString("resultType", null))) {
            if (!result.containsKey("ttlMs")) {
                complete.add("ttlMs", 0);
            }
            if (!result.containsKey("cacheScope")) {
                complete.add("cacheScope", "private");
            }
        }
        return complete.build();
    }
}
