package org.mcpstreams.features;

import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Executor;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Complete;

/**
 * A {@link Complete} method: what it completes and how to call it with the value typed so far, the
 * other arguments and the call's context.
 */
record CompleterMethod(CompleterKey key, BeanMethod target) {

    /** @throws IllegalArgumentException when the method cannot complete, saying why */
    static CompleterMethod of(BeanMethod target) {
        Method method = target.method();
        Complete complete = method.getAnnotation(Complete.class);
        if (complete.prompt().isEmpty() == complete.resourceTemplate().isEmpty()) {
            throw new IllegalArgumentException(target + " must name either a prompt or a resource template to complete");
        }
        int values = 0;
        for (Class<?> type : method.getParameterTypes()) {
            if (type == String.class) {
                values++;
            } else if (type != Map.class && type != CallContext.class) {
                throw new IllegalArgumentException(target + " takes a " + type.getName()
                        + ": a completion method takes the value (String), the other arguments (Map) and a CallContext");
            }
        }
        if (values != 1) {
            throw new IllegalArgumentException(target + " must take exactly one String: the value to complete");
        }
        CompleterKey key = complete.prompt().isEmpty()
                ? new CompleterKey("ref/resource", complete.resourceTemplate(), complete.argument())
                : new CompleterKey("ref/prompt", complete.prompt(), complete.argument());
        return new CompleterMethod(key, target);
    }

    CompleterEntry entry(BeanManager beans, Executor executor) {
        Class<?>[] types = target.method().getParameterTypes();
        return new CompleterEntry(key, (value, context, call) -> {
            Object[] bound = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                bound[i] = types[i] == String.class ? value : types[i] == Map.class ? context : call;
            }
            return Async.run(executor, () -> target.call(beans, bound)).thenApply(Results::completion);
        });
    }
}
