package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean an MCP resource with a fixed URI, listed by
 * {@code resources/list} and read by {@code resources/read}:
 * <pre>{@code @Resource(uri = "file:///notes.txt", mimeType = "text/plain")
 * String notes() { return text; }}</pre>
 * The method takes no parameters or only a {@link CallContext}. It returns a {@code String}
 * (text), a {@code byte[]} (sent as a Base64 blob), a {@link ResourceContents} or a list of them.
 * Subscribers of the URI hear of changes through {@link Notifier#resourceUpdated(String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resource {

    /** The resource's URI. */
    String uri();

    /** The resource's name; the method's name when empty. */
    String name() default "";

    /** A human-readable title; none when empty. */
    String title() default "";

    /** What the resource holds. */
    String description() default "";

    /** Its MIME type; none when empty. */
    String mimeType() default "";
}
