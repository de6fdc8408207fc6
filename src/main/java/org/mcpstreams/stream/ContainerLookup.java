package org.mcpstreams.stream;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The container's default resources by their standard JNDI names, which every Jakarta EE server
 * binds; looked up rather than injected with {@code @Resource}, which some servers ignore in
 * library jars.
 */
public final class ContainerLookup {

    private ContainerLookup() {
    }

    /** @throws IllegalStateException when the container binds nothing under {@code name} */
    public static <T> T lookup(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + name, e);
        }
    }
}
