package org.mcpstreams.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.EventRun;
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

    /** A run is one write, as on a real connection: counted event by event, kept as its last. */
    @Override
    public CompletionStage<?> sendAll(EventRun run) {
        int last = run.events().size() - 1;
        events += run.events().size();
        lastId = run.id(last);
        lastData = run.events().get(last).data();
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
