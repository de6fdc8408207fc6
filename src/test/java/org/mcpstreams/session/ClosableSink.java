package org.mcpstreams.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.EventSink;

/** A connection that accepts every write and counts how often it was closed. */
final class ClosableSink implements EventSink {

    private final AtomicInteger closes = new AtomicInteger();

    @Override
    public CompletionStage<?> send(EventId id, String data) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<?> comment(String text) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    int closes() {
        return closes.get();
    }
}
