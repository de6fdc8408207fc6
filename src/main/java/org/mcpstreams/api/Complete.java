package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean answer {@code completion/complete} for one argument of a prompt
 * or of a resource template:
 * <pre>{@code @Complete(prompt = "review", argument = "language")
 * List<String> languages(String prefix) { ... }}</pre>
 * Its first {@code String} parameter receives the value typed so far; a {@code Map<String, String>}
 * parameter receives the other arguments already resolved ({@code context.arguments}); a
 * {@link CallContext} parameter the call's context. It returns a list of strings or a
 * {@link Completion}. Set exactly one of {@link #prompt()} and {@link #resourceTemplate()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Complete {

    /** The name of the prompt whose argument this completes. */
    String prompt() default "";

    /** The URI template of the resource template whose variable this completes. */
    String resourceTemplate() default "";

    /** The argument (or template variable) completed. */
    String argument();
}
