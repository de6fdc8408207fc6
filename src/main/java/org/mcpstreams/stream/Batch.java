package org.mcpstreams.stream;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What one drain pass writes to a connection, in order: a priming event (the id of where the
 * connection starts, {@code primeSeq}, and empty data), events (several in one write, an
 * {@link EventRun}), a keep-alive comment.
 */
record Batch(String streamId, boolean priming, long primeSeq, long retryMillis, boolean keepAlive,
        List<StreamEvent> events) {

    static final String KEEP_ALIVE = "keep-alive";

    /** How many writes: the priming event, the events (one write for all), the comment. */
    int size() {
        return (priming ? 1 : 0) + (events.isEmpty() ? 0 : 1) + (keepAlive ? 1 : 0);
    }

    /**
     * Writes the items from {@code index} on, one after the other, never starting a write before
     * the previous one completed.
     *
     * @param failed called once if a write throws or its stage fails; nothing more is written
     * @param resume called when a write that completed later was followed by all the rest
     * @return true when every item was written at once; false when a write is still under way
     *     (then {@code resume} or {@code failed} follows) or failed
     */
    boolean writeFrom(int index, EventSink sink, Consumer<Throwable> failed, Runnable resume) {
        for (int i = index; i < size(); i++) {
            CompletionStage<?> stage;
            try {
                stage = write(sink, i);
            } catch (RuntimeException e) {
                failed.accept(e);
                return false;
            }
            if (stage instanceof CompletableFuture<?> done && done.isDone() && !done.isCompletedExceptionally()) {
                continue;
            }
            int next = i + 1;
            stage.whenComplete((ignored, error) -> {
                if (error != null) {
                    failed.accept(error);
                } else if (writeFrom(next, sink, failed, resume)) {
                    resume.run();
                }
            });
            return false;
        }
        return true;
    }

    private CompletionStage<?> write(EventSink sink, int index) {
        if (priming && index == 0) {
            return sink.prime(new EventId(streamId, primeSeq), retryMillis);
        }
        if (index == (priming ? 1 : 0) && !events.isEmpty()) {
            StreamEvent first = events.get(0);
            return events.size() == 1 ? sink.send(new EventId(streamId, first.seq()), first.data())
                    : sink.sendAll(new EventRun(streamId, events));
        }
        return sink.comment(KEEP_ALIVE);
    }
}
