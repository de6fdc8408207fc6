package org.mcpstreams.stream;

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
