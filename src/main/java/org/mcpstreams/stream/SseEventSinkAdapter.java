package org.mcpstreams.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/** An {@link EventSink} over a JAX-RS {@link SseEventSink}. */
public final class SseEventSinkAdapter implements EventSink {

    private final SseEventSink sink;
    private final Sse sse;
    private final BooleanSupplier writesRuns;

    /**
     * @param writesRuns whether the runtime writes a run of events handed to it as one event with
     *     the application's event writer; asked at each run
     */
    public SseEventSinkAdapter(SseEventSink sink, Sse sse, BooleanSupplier writesRuns) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.sse = Objects.requireNonNull(sse, "sse");
        this.writesRuns = Objects.requireNonNull(writesRuns, "writesRuns");
    }

    @Override
    public CompletionStage<?> send(EventId id, String data) {
        return sink.send(sse.newEventBuilder().id(id.toString()).data(data).build());
    }

    /**
     * One JAX-RS event whose data is the run, which the application's event writer writes as
     * each event of it; one event at a time where the runtime writes events its own way.
     */
    @Override
    public CompletionStage<?> sendAll(EventRun run) {
        if (!writesRuns.getAsBoolean()) {
            return EventSink.super.sendAll(run);
        }
        return sink.send(sse.newEventBuilder().data(EventRun.class, run).build());
    }

    @Override
    public CompletionStage<?> prime(EventId id, long retryMillis) {
        OutboundSseEvent.Builder event = sse.newEventBuilder().id(id.toString()).data("");
        if (retryMillis > 0) {
            event.reconnectDelay(retryMillis);
        }
        return sink.send(event.build());
    }

    @Override
    public CompletionStage<?> comment(String text) {
        return sink.send(sse.newEventBuilder().comment(text).build());
    }

    @Override
    public void close() {
        sink.close();
    }
}
