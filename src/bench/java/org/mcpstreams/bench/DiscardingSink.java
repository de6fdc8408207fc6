package org.mcpstreams.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.EventSink;

/**
 * A connection that writes nothing: every write completes at once, so only the registry's own
 * work is measured. It keeps the last event (so the JIT cannot drop what the registry built for
 * it) and counts events, for the setup checks. Single-threaded, as the benchmarks are.
 */
final class DiscardingSink implements EventSink {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    long events;
    EventId lastId;
    String lastData;

    @Override
    public CompletionStage<?> send(EventId id, String data) {
        events++;
        lastId = id;
        lastData = data;
        return DONE;
    }

    @Override
    public CompletionStage<?> comment(String text) {
        return DONE;
    }

    @Override
    public void close() {
        // nothing to close
    }
}
