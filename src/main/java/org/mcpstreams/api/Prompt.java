package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean an MCP prompt, listed by {@code prompts/list} and rendered by
 * {@code prompts/get}:
 * <pre>{@code @Prompt(description = "Reviews code")
 * String review(@Arg(description = "the code") String code) { return "Review this:\n" + code; }}</pre>
 * Its {@code String} (or {@code Optional<String>}) parameters are the prompt's arguments; a
 * {@link CallContext} parameter receives the call's context. It returns a {@code String} (one
 * user message), a {@link PromptMessage}, a list of them, or a {@link PromptResult}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompt {

    /** The prompt's name; the method's name when empty. */
    String name() default "";

    /** A human-readable title; none when empty. */
    String title() default "";

    /** What the prompt is for. */
    String description() default "";
}
