package org.mcpstreams.features;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.CompletionStage;

/**
 * An annotated method of a CDI bean, called on the bean's contextual instance (a new one, then
 * destroyed, for a {@code @Dependent} bean).
 */
record BeanMethod(Bean<?> bean, Method method) {

    /**
     * @throws IllegalArgumentException when the method is private
     */
    BeanMethod {
        if (Modifier.isPrivate(method.getModifiers())) {
            throw new IllegalArgumentException(method + " is private: annotated methods are called through the bean");
        }
        method.setAccessible(true);
    }

    /**
     * Calls the method. A {@code @Dependent} instance is destroyed once the call is over: when
     * the method returns, or when the {@code CompletionStage} it returned completes.
     *
     * @throws Exception what the method threw
     */
    Object call(BeanManager beans, Object[] arguments) throws Exception {
        CreationalContext<?> context = beans.createCreationalContext(bean);
        boolean dependent = bean.getScope() == Dependent.class;
        boolean releaseNow = dependent;
        try {
            Object target = Modifier.isStatic(method.getModifiers()) ? null
                    : beans.getReference(bean, bean.getBeanClass(), context);
            Object result = method.invoke(target, arguments);
            if (dependent && result instanceof CompletionStage<?> stage) {
                releaseNow = false;
                stage.whenComplete((value, error) -> context.release());
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            if (releaseNow) {
                context.release();
            }
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getName() + '.' + method.getName();
    }
}
