package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a {@link Tool}, {@link Prompt} or {@link ResourceTemplate} method:
 * the argument (or URI template variable) it takes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Arg {

    /** The argument's name; the parameter's own name when empty. */
    String name() default "";

    /** What the argument means, for the model. */
    String description() default "";

    /** Whether a call must give it; an {@code Optional} parameter never has to. */
    boolean required() default true;

    /**
     * For a tool argument: the name under which clients of 2026-07-28 also send its value as the
     * HTTP header {@code Mcp-Param-<header>} (the schema's {@code x-mcp-header}), so that load
     * balancers and gateways can route on it; the server refuses a call whose header does not
     * match the argument. An HTTP token (letters, digits, {@code !#$%&'*+-.^_`|~}), unique within
     * the tool regardless of case, on a {@code String}, integer or {@code boolean} parameter.
     * None when empty.
     */
    String header() default "";
}
