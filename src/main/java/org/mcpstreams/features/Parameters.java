package org.mcpstreams.features;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * How the parameters of a tool, prompt or template method are filled from a call's arguments: a
 * {@link CallContext} parameter takes the call, a {@code JsonObject} parameter (when it is the
 * only argument-like one and the method declares its schema) takes all arguments, every other
 * parameter one argument by name.
 */
final class Parameters {

    private final List<Argument> arguments;
    private final List<BiFunction<JsonObject, CallContext, Object>> sources;

    private Parameters(List<Argument> arguments, List<BiFunction<JsonObject, CallContext, Object>> sources) {
        this.arguments = List.copyOf(arguments);
        this.sources = List.copyOf(sources);
    }

    /**
     * @param wholeArguments whether a {@code JsonObject} parameter takes all the arguments
     * @throws IllegalArgumentException when a parameter has no name (compiled without
     *     {@code -parameters} and not named by {@link Arg})
     */
    static Parameters of(Method method, boolean wholeArguments) {
        List<Argument> arguments = new ArrayList<>();
        List<BiFunction<JsonObject, CallContext, Object>> sources = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() == CallContext.class) {
                sources.add((values, call) -> call);
            } else if (wholeArguments && parameter.getType() == JsonObject.class) {
                sources.add((values, call) -> values);
            } else {
                Argument argument = argument(method, parameter);
                arguments.add(argument);
                sources.add((values, call) -> value(argument, values.get(argument.name())));
            }
        }
        return new Parameters(arguments, sources);
    }

    /**
     * These parameters, for a method whose arguments are no tool's.
     *
     * @throws IllegalArgumentException when one asks to be mirrored into a header, which only a
     *     tool's arguments are
     */
    Parameters withoutHeaders(Method method) {
        for (Argument argument : arguments) {
            if (argument.schema().containsKey(MirroredParams.KEYWORD)) {
                throw new IllegalArgumentException("Parameter " + argument.name() + " of " + method
                        + " names a header: only a tool's arguments are mirrored into headers");
            }
        }
        return this;
    }

    /** The named arguments, in the method's order. */
    List<Argument> arguments() {
        return arguments;
    }

    /**
     * The values to call the method with.
     *
     * @throws InvalidArguments when a required argument is missing or one does not fit its type
     */
    Object[] bind(JsonObject values, CallContext call) {
        Object[] bound = new Object[sources.size()];
        for (int i = 0; i < bound.length; i++) {
            bound[i] = sources.get(i).apply(values, call);
        }
        return bound;
    }

    private static Object value(Argument argument, JsonValue value) {
        Class<?> raw = JsonSchemas.raw(argument.type());
        if (JsonConversion.absent(value)) {
            if (argument.required()) {
                throw new InvalidArguments("missing required argument " + argument.name());
            }
            return raw == Optional.class ? Optional.empty()
                    : raw.isPrimitive() ? JsonConversion.zero(raw) : null;
        }
        return JsonConversion.toJava(argument.name(), value, argument.type());
    }

    private static Argument argument(Method method, Parameter parameter) {
        Arg arg = parameter.getAnnotation(Arg.class);
        String name = arg != null && !arg.name().isEmpty() ? arg.name() : parameter.getName();
        if (!parameter.isNamePresent() && (arg == null || arg.name().isEmpty())) {
            throw new IllegalArgumentException("Parameter " + parameter.getName() + " of " + method
                    + " has no name: compile with -parameters or name it with @Arg(name = ...)");
        }
        Type type = parameter.getParameterizedType();
        JsonObject schema = JsonSchemas.describe(JsonSchemas.of(type), arg == null ? "" : arg.description());
        if (arg != null && !arg.header().isEmpty()) {
            schema = Jsonp.createObjectBuilder(schema).add(MirroredParams.KEYWORD, arg.header()).build();
        }
        return new Argument(name, type, schema, !JsonSchemas.optional(type) && (arg == null || arg.required()));
    }
}
