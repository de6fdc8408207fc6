package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;
import org.mcpstreams.tasks.TaskCapability;
import org.mcpstreams.tasks.TaskRunner;

/**
 * {@code tools/call}: an unknown tool is a JSON-RPC error (-32602); arguments that do not fit and
 * exceptions thrown by the tool are results with {@code isError: true}, which the model sees; an
 * {@link McpException} from the tool is a JSON-RPC error. A tool that may run as a task does, for
 * a client that declared the tasks extension: the answer is the task, the tool's outcome its
 * result or error; a tool that must is -32021 for a client that did not.
 */
@ApplicationScoped
public class ToolsCall implements BuiltInHandler {

    private static final Logger LOG = Logger.getLogger(ToolsCall.class.getName());

    private final FeatureCatalogs catalogs;
    private final TaskRunner tasks;

    @Inject
    ToolsCall(FeatureCatalogs catalogs, TaskRunner tasks) {
        this.catalogs = catalogs;
        this.tasks = tasks;
    }

    /** For the CDI container's proxy only. */
    ToolsCall() {
        this(null, null);
    }

    @Override
    public String method() {
        return "tools/call";
    }

    @Override
    public Map<String, JsonValue> mirroredHeaders(JsonObject params) {
        ToolEntry tool = params.get("name") instanceof JsonString name ? catalogs.tools().get(name.getString()) : null;
        if (tool == null || tool.headers().isEmpty() || !(params.get("arguments") instanceof JsonObject arguments)) {
            return Map.of();
        }
        return tool.headers().expected(arguments);
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        String name = RequestParams.requiredString(params, "name");
        ToolEntry tool = catalogs.tools().get(name);
        if (tool == null) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Unknown tool: " + Echo.of(name));
        }
        JsonValue arguments = params.get("arguments");
        if (!JsonConversion.absent(arguments) && !(arguments instanceof JsonObject)) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: arguments must be an object");
        }
        JsonObject given = arguments instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        boolean declared = TaskCapability.declaredBy(call.clientCapabilities());
        if (tool.taskSupport() == TaskSupport.REQUIRED && !declared) {
            throw TaskCapability.missing();
        }
        if (tool.taskSupport() == TaskSupport.FORBIDDEN || !declared) {
            return outcome(name, tool.call().run(given, call));
        }
        if (tool.beforeTask().isEmpty()) {
            return CompletableFuture.completedFuture(tasks.start(call,
                    context -> outcome(name, tool.call().run(given, context))));
        }
        return tool.beforeTask().get().run(given, call).handle((rest, error) -> error == null
                ? tasks.start(call, context -> outcome(name, rest.run(context))) : failure(name, error));
    }

    /** The answer of a tool's run: what it throws is a result with {@code isError: true}, but an {@link McpException}. */
    private static CompletionStage<JsonObject> outcome(String name, CompletionStage<ToolResult> run) {
        return run.handle((result, error) -> error == null ? result.toJson() : failure(name, error));
    }

    /** @throws McpException the tool's own */
    private static JsonObject failure(String name, Throwable error) {
        Throwable cause = Async.cause(error);
        if (cause instanceof McpException mcp) {
            throw mcp;
        }
        LOG.log(Level.FINE, "Tool " + name + " failed", cause);
        return ToolResult.error(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName()).toJson();
    }
}
