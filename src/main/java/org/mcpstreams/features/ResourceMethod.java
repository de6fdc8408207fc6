package org.mcpstreams.features;

import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Resource;
import org.mcpstreams.api.ResourceDefinition;

/** A {@link Resource} method: its definition and how to read it. */
record ResourceMethod(ResourceDefinition definition, BeanMethod target) {

    /** @throws IllegalArgumentException when the method cannot be a resource, saying why */
    static ResourceMethod of(BeanMethod target) {
        Method method = target.method();
        Resource resource = method.getAnnotation(Resource.class);
        for (Class<?> type : method.getParameterTypes()) {
            if (type != CallContext.class) {
                throw new IllegalArgumentException(target + " reads a resource of a fixed URI: it takes no parameters"
                        + " but a CallContext (use @ResourceTemplate for URIs with variables)");
            }
        }
        String name = resource.name().isEmpty() ? method.getName() : resource.name();
        return new ResourceMethod(new ResourceDefinition(resource.uri(), name, resource.title(), resource.description(),
                blankToNull(resource.mimeType())), target);
    }

    ResourceEntry entry(BeanManager beans, Executor executor) {
        Class<?>[] types = target.method().getParameterTypes();
        return new ResourceEntry(definition, (uri, variables, context) -> Async.run(executor, () -> target.call(beans,
                        types.length == 0 ? new Object[0] : new Object[] {context}))
                .thenApply(value -> Results.resource(value, uri, definition.mimeType())));
    }

    static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
