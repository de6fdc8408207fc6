package org.mcpstreams.features;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.mcpstreams.api.ResourceTemplate;
import org.mcpstreams.api.ResourceTemplateDefinition;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;

/** A {@link ResourceTemplate} method: its definition, its template, and how to read through it. */
record TemplateMethod(ResourceTemplateDefinition definition, UriTemplate template, Parameters parameters,
        BeanMethod target) {

    /** @throws IllegalArgumentException when the method cannot read a template, saying why */
    static TemplateMethod of(BeanMethod target) {
        Method method = target.method();
        ResourceTemplate annotation = method.getAnnotation(ResourceTemplate.class);
        UriTemplate template = new UriTemplate(annotation.uriTemplate());
        Parameters parameters = Parameters.of(method, false).withoutHeaders(method);
        for (Argument argument : parameters.arguments()) {
            if (!template.variables().contains(argument.name())) {
                throw new IllegalArgumentException(target + " takes " + argument.name() + ", which is not a variable of "
                        + template);
            }
        }
        String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
        return new TemplateMethod(new ResourceTemplateDefinition(annotation.uriTemplate(), name, annotation.title(),
                annotation.description(), ResourceMethod.blankToNull(annotation.mimeType())), template, parameters, target);
    }

    TemplateEntry entry(BeanManager beans, Executor executor) {
        return new TemplateEntry(definition, template, (uri, variables, context) -> {
            JsonObjectBuilder values = Jsonp.createObjectBuilder();
            variables.forEach(values::add);
            Object[] bound;
            try {
                bound = parameters.bind(values.build(), context);
            } catch (InvalidArguments invalid) {
                throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: " + uri + " does not fit "
                        + template + ": " + invalid.getMessage());
            }
            return Async.run(executor, () -> target.call(beans, bound))
                    .thenApply(value -> Results.resource(value, uri, definition.mimeType()));
        });
    }
}
