package org.mcpstreams.stream;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where a stream writes: one open SSE connection. The registry calls a sink from one thread at a
 * time and never while holding a lock. A write may fail either way: by throwing (for example
 * {@link IllegalStateException} on a closed connection) or through a failed stage; the registry
 * treats both as the end of the connection.
 */
public interface EventSink {

    /** Writes one event: {@code id:} then {@code data:} (empty data for a priming event). */
    CompletionStage<?> send(EventId id, String data);

    /**
     * Writes several consecutive events in order. A sink that can writes them at once (one flush);
     * by default each is sent when the previous one's stage completed. One failure fails the
     * whole; the client resumes from the last event it received.
     */
    default CompletionStage<?> sendAll(EventRun run) {
        CompletionStage<?> previous = CompletableFuture.completedFuture(null);
        for (int i = 0; i < run.events().size(); i++) {
            EventId id = run.id(i);
            String data = run.events().get(i).data();
            previous = previous.thenCompose(done -> send(id, data));
        }
        return previous;
    }

    /**
     * Writes a priming event: the id, the reconnection delay ({@code retry:}, when positive) and
     * empty data. Sinks that cannot write {@code retry:} send the id and empty data alone.
     */
    default CompletionStage<?> prime(EventId id, long retryMillis) {
        return send(id, "");
    }

    /** Writes an SSE comment line, which clients ignore; used as a keep-alive. */
    CompletionStage<?> comment(String text);

    /** Ends the connection. Does nothing if it is already closed. */
    void close();
}
