package org.mcpstreams.features;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.TaskWork;
import org.mcpstreams.api.Tool;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.jsonrpc.Jsonp;

/** A {@link Tool} method: its definition, derived from the method, and how to call it. */
record ToolMethod(ToolDefinition definition, Parameters parameters, BeanMethod target) {

    /** @throws IllegalArgumentException when the method cannot be a tool, saying why */
    static ToolMethod of(BeanMethod target) {
        Method method = target.method();
        Tool tool = method.getAnnotation(Tool.class);
        boolean declaredSchema = !tool.inputSchema().isEmpty();
        Parameters parameters = Parameters.of(method, declaredSchema);
        if (declaredSchema && !parameters.arguments().isEmpty()) {
            throw new IllegalArgumentException(target + " declares its input schema: it takes the arguments as one"
                    + " JsonObject parameter, not " + parameters.arguments().get(0).name());
        }
        JsonObject input = declaredSchema ? parse(tool.inputSchema(), target) : JsonSchemas.object(parameters.arguments());
        for (String capability : tool.requires()) {
            if (capability.isBlank()) {
                throw new IllegalArgumentException(target + " requires a blank client capability");
            }
        }
        try {
            MirroredParams.of(input);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(target + ": " + invalid.getMessage(), invalid);
        }
        if (returnsTaskWork(method.getGenericReturnType()) && tool.taskSupport() == TaskSupport.FORBIDDEN) {
            throw new IllegalArgumentException(target + " returns a TaskWork: it must declare taskSupport OPTIONAL or"
                    + " REQUIRED");
        }
        String name = tool.name().isEmpty() ? method.getName() : tool.name();
        return new ToolMethod(new ToolDefinition(name, tool.title(), tool.description(), input,
                outputSchema(method.getGenericReturnType()), annotations(tool.hints())), parameters, target);
    }

    ToolEntry entry(BeanManager beans, Executor executor) {
        Tool tool = target.method().getAnnotation(Tool.class);
        String[] requires = tool.requires();
        ToolEntry.BeforeTask before = (arguments, context) -> {
            context.requireClientCapabilities(requires);
            Object[] bound;
            try {
                bound = parameters.bind(arguments, context);
            } catch (InvalidArguments invalid) {
                return CompletableFuture.completedFuture(task -> CompletableFuture.completedFuture(
                        ToolResult.error(invalid.getMessage())));
            }
            return Async.run(executor, () -> target.call(beans, bound)).thenApply(value -> rest(value, executor));
        };
        ToolEntry.Call call = (arguments, context) -> before.run(arguments, context)
                .thenCompose(rest -> rest.run(context));
        return new ToolEntry(definition, call, tool.taskSupport(),
                returnsTaskWork(target.method().getGenericReturnType()) ? Optional.of(before) : Optional.empty());
    }

    /** The rest of a call that returned {@code value}: the work it returned, or nothing more to do. */
    private static ToolEntry.Rest rest(Object value, Executor executor) {
        if (value instanceof TaskWork work) {
            return task -> Async.run(executor, () -> work.run(task)).thenApply(Results::tool);
        }
        ToolResult result = Results.tool(value);
        return task -> CompletableFuture.completedFuture(result);
    }

    /** Whether a method returns a {@link TaskWork}, or a stage of one. */
    private static boolean returnsTaskWork(Type returned) {
        Type type = CompletionStage.class.isAssignableFrom(JsonSchemas.raw(returned))
                ? JsonSchemas.typeArgument(returned, 0) : returned;
        return JsonSchemas.raw(type) == TaskWork.class;
    }

    /** A record's schema, for a method that returns a record (or a stage of one). */
    private static JsonObject outputSchema(Type returned) {
        Type type = CompletionStage.class.isAssignableFrom(JsonSchemas.raw(returned))
                ? JsonSchemas.typeArgument(returned, 0) : returned;
        return JsonSchemas.raw(type).isRecord() ? JsonSchemas.of(type) : null;
    }

    private static JsonObject annotations(Tool.Hint[] hints) {
        if (hints.length == 0) {
            return null;
        }
        JsonObjectBuilder annotations = Jsonp.createObjectBuilder();
        for (Tool.Hint hint : hints) {
            switch (hint) {
                case READ_ONLY -> annotations.add("readOnlyHint", true);
                case NON_DESTRUCTIVE -> annotations.add("destructiveHint", false);
                case IDEMPOTENT -> annotations.add("idempotentHint", true);
                case CLOSED_WORLD -> annotations.add("openWorldHint", false);
            }
        }
        return annotations.build();
    }

    private static JsonObject parse(String schema, BeanMethod target) {
        try (var reader = Jsonp.createReader(new StringReader(schema))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("The inputSchema of " + target + " is not a JSON object: " + e.getMessage());
        }
    }
}
