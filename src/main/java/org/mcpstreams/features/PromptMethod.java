package org.mcpstreams.features;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.jsonrpc.Jsonp;

/** A {@link Prompt} method: its definition, with its arguments, and how to render it. */
record PromptMethod(PromptDefinition definition, Parameters parameters, BeanMethod target) {

    /** @throws IllegalArgumentException when the method cannot be a prompt, saying why */
    static PromptMethod of(BeanMethod target) {
        Method method = target.method();
        Prompt prompt = method.getAnnotation(Prompt.class);
        Parameters parameters = Parameters.of(method, false).withoutHeaders(method);
        List<PromptDefinition.Argument> arguments = parameters.arguments().stream().map(argument -> {
            if (argument.type() != String.class && !(JsonSchemas.raw(argument.type()) == Optional.class
                    && JsonSchemas.typeArgument(argument.type(), 0) == String.class)) {
                throw new IllegalArgumentException(target + " takes " + argument.name()
                        + " as " + argument.type().getTypeName() + ": prompt arguments are String or Optional<String>");
            }
            return new PromptDefinition.Argument(argument.name(), argument.schema().getString("description", null),
                    argument.required());
        }).toList();
        String name = prompt.name().isEmpty() ? method.getName() : prompt.name();
        return new PromptMethod(new PromptDefinition(name, prompt.title(), prompt.description(), arguments),
                parameters, target);
    }

    PromptEntry entry(BeanManager beans, Executor executor) {
        return new PromptEntry(definition, (arguments, context) -> {
            JsonObjectBuilder values = Jsonp.createObjectBuilder();
            arguments.forEach(values::add);
            Object[] bound = parameters.bind(values.build(), context);
            return Async.run(executor, () -> target.call(beans, bound))
                    .thenApply(value -> Results.prompt(value, definition.description()));
        });
    }
}
