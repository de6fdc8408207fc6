package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;

/** {@code prompts/get}: an unknown prompt or a missing required argument is -32602. */
@ApplicationScoped
public class PromptsGet implements BuiltInHandler {

    private final FeatureCatalogs catalogs;

    @Inject
    PromptsGet(FeatureCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** For the CDI container's proxy only. */
    PromptsGet() {
        this(null);
    }

    @Override
    public String method() {
        return "prompts/get";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        String name = RequestParams.requiredString(params, "name");
        PromptEntry prompt = catalogs.prompts().get(name);
        if (prompt == null) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Unknown prompt: " + Echo.of(name));
        }
        Map<String, String> arguments = arguments(params.get("arguments"));
        for (PromptDefinition.Argument argument : prompt.definition().arguments()) {
            if (argument.required() && !arguments.containsKey(argument.name())) {
                throw new McpException(ErrorCode.INVALID_PARAMS,
                        "Invalid params: missing required argument " + argument.name());
            }
        }
        return prompt.render().run(arguments, call).thenApply(result -> result.toJson());
    }

    /** The arguments as strings; other JSON values as their JSON text. */
    static Map<String, String> arguments(JsonValue given) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (given instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (!JsonConversion.absent(value)) {
                    arguments.put(key, value instanceof JsonString text ? text.getString() : value.toString());
                }
            });
        } else if (!JsonConversion.absent(given)) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: arguments must be an object");
        }
        return arguments;
    }
}
