package org.mcpstreams.features;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/** Runs application code on the container's executor, so that it may block. */
final class Async {

    private Async() {
    }

    /**
     * Runs {@code work} on {@code executor}; when it returns a {@code CompletionStage}, completes
     * with that stage's value. A thrown exception fails the stage with that exception (wrapped
     * in a {@link CompletionException}).
     */
    static CompletionStage<Object> run(Executor executor, Callable<?> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return (Object) work.call();
            } catch (RuntimeException e) {
                throw e instanceof CompletionException ? e : new CompletionException(e);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor).thenCompose(value -> value instanceof CompletionStage<?> stage
                ? stage.thenApply(Object.class::cast) : CompletableFuture.completedFuture(value));
    }

    /** The failure a stage completed with, without the wrapping of {@code CompletionException}. */
    static Throwable cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
