package org.mcpstreams.features;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least of a CDI container that {@link BeanMethod#call} uses: a dependent bean whose
 * reference is always the one instance given. Anything else it is asked fails.
 */
final class Beans {

    private Beans() {
    }

    /** A bean manager whose every reference is {@code instance}. */
    static BeanManager handingOut(Object instance) {
        return handingOut(instance, new AtomicInteger());
    }

    /** A bean manager whose every reference is {@code instance}, counting the instances released. */
    static BeanManager handingOut(Object instance, AtomicInteger released) {
        return fake(BeanManager.class, method -> switch (method.getName()) {
            case "createCreationalContext" -> fake(CreationalContext.class, release -> released.incrementAndGet());
            case "getReference" -> instance;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    /** A dependent bean of the class. */
    static Bean<?> of(Class<?> type) {
        return fake(Bean.class, method -> switch (method.getName()) {
            case "getBeanClass" -> type;
            case "getScope" -> Dependent.class;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    /** The method of that name of {@code type}, on a dependent bean of it. */
    static BeanMethod method(Class<?> type, String name) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new BeanMethod(of(type), method);
            }
        }
        throw new AssertionError("no method " + name + " in " + type);
    }

    private interface Answer {
        Object answer(Method method);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(Beans.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "fake " + type.getSimpleName();
                    default -> answer.answer(method);
                }));
    }
}
