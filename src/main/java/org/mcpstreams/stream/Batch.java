package org.mcpstreams.stream;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** What one drain pass writes to a connection, in order: priming event, events, keep-alive. */
record Batch(String streamId, boolean priming, long retryMillis, boolean keepAlive, List<StreamEvent> events) {

    static final String KEEP_ALIVE = "keep-alive";

    int size() {
        return (priming ? 1 : 0) + events.size() + (keepAlive ? 1 : 0);
    }

    CompletionStage<?> write(EventSink sink, int index) {
        if (priming && index == 0) {
            return sink.prime(new EventId(streamId, 0), retryMillis);
        }
        int event = index - (priming ? 1 : 0);
        if (event < events.size()) {
            StreamEvent next = events.get(event);
            return sink.send(new EventId(streamId, next.seq()), next.data());
        }
        return sink.comment(KEEP_ALIVE);
    }
}
