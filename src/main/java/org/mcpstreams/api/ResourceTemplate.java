package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean answer {@code resources/read} for every URI matching an RFC 6570
 * template (simple {@code {name}} variables), listed by {@code resources/templates/list}:
 * <pre>{@code @ResourceTemplate(uriTemplate = "users://{id}/profile", mimeType = "application/json")
 * String profile(String id) { ... }}</pre>
 * Its {@code String} parameters take the template's variables by name (see {@link Arg}); a
 * {@link CallContext} parameter receives the call's context. It returns what a {@link Resource}
 * method returns; text and blobs are given the URI that was read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResourceTemplate {

    /** The URI template, such as {@code "users://{id}/profile"}. */
    String uriTemplate();

    /** The template's name; the method's name when empty. */
    String name() default "";

    /** A human-readable title; none when empty. */
    String title() default "";

    /** What the resources hold. */
    String description() default "";

    /** Their MIME type; none when empty. */
    String mimeType() default "";
}
