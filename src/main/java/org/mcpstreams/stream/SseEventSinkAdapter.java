package org.mcpstreams.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * An {@link EventSink} over a JAX-RS {@link SseEventSink}. A run of events goes as one JAX-RS
 * event only once the container has been seen writing events through the application's event
 * writer, the only writer that knows a run: JAX-RS lets a container frame events with a writer
 * of its own (RESTEasy does), which would write a run as one event with the run as its data.
 */
public final class SseEventSinkAdapter implements EventSink {

    /** Set for good, by {@link #applicationWriterUsed()}, the first time the container uses it. */
    private static volatile boolean runsWritable;

    private final SseEventSink sink;
    private final Sse sse;

    public SseEventSinkAdapter(SseEventSink sink, Sse sse) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.sse = Objects.requireNonNull(sse, "sse");
    }

    @Override
    public CompletionStage<?> send(EventId id, String data) {
        return sink.send(sse.newEventBuilder().id(id.toString()).data(data).build());
    }

    /**
     * Says that the container writes events through the application's event writer; that writer
     * calls this each time it writes one.
     */
    public static void applicationWriterUsed() {
        if (!runsWritable) {
            runsWritable = true;
        }
    }

    /**
     * One JAX-RS event whose data is the run, which the application's event writer writes as each
     * event of it; each event on its own, one after the other, until that writer has been seen.
     */
    @Override
    public CompletionStage<?> sendAll(EventRun run) {
        if (!runsWritable) {
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
