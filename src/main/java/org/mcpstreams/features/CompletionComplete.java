package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Completion;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * {@code completion/complete}: the {@code @Complete} method of that prompt's or template's
 * argument; no values when there is none.
 */
@ApplicationScoped
public class CompletionComplete implements BuiltInHandler {

    private final FeatureCatalogs catalogs;

    @Inject
    CompletionComplete(FeatureCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** For the CDI container's proxy only. */
    CompletionComplete() {
        this(null);
    }

    @Override
    public String method() {
        return "completion/complete";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        JsonObject ref = object(params, "ref");
        JsonObject argument = object(params, "argument");
        String type = RequestParams.requiredString(ref, "type");
        String target = switch (type) {
            case "ref/prompt" -> RequestParams.requiredString(ref, "name");
            case "ref/resource" -> RequestParams.requiredString(ref, "uri");
            default -> throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: unknown ref type " + type);
        };
        String name = RequestParams.requiredString(argument, "name");
        String value = argument.getString("value", "");
        CompleterEntry completer = catalogs.completers().get(new CompleterKey(type, target, name));
        if (completer == null) {
            return CompletableFuture.completedFuture(new Completion(List.of(), 0, false).toJson());
        }
        JsonObject context = params.get("context") instanceof JsonObject given ? given : JsonObject.EMPTY_JSON_OBJECT;
        return completer.complete().run(value, PromptsGet.arguments(context.get("arguments")), call)
                .thenApply(Completion::toJson);
    }

    private static JsonObject object(JsonObject params, String name) {
        if (params.get(name) instanceof JsonObject object) {
            return object;
        }
        throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: " + name + " must be an object");
    }
}
