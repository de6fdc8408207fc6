package org.mcpstreams.stream;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * Qualifies the infrastructure beans the registry runs on (its {@link Clock}, its
 * delivery {@link Executor}), so that they never clash with an
 * application's own beans of those types and a test can replace them with an alternative.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface McpStreams {
}
