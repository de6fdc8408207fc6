package org.mcpstreams.testsupport;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.EventSink;

/**
 * A fake connection that records every write as its wire lines ({@code "id: s:1 data: x"} for an
 * event, {@code ": keep-alive"} for a comment) and answers in the configured {@link Mode}. Once
 * closed it throws on every write, as a real closed connection does. Thread-safe; it also counts
 * overlapping writes: calls made while another is running, or before the previous stage completed.
 */
public final class RecordingSink implements EventSink {

    public enum Mode {
        /** Every write completes at once. */
        SYNC,
        /** Every write returns a stage that the test completes with {@link #completeNext()}. */
        ASYNC,
        /** Every write throws {@link IllegalStateException}, as a closed connection does. */
        THROW,
        /** Every write returns a stage already failed with an {@link IOException}. */
        FAIL_STAGE,
        /** Every write returns a stage that the completer executor completes soon after. */
        LATER
    }

    private final AtomicInteger writing = new AtomicInteger();
    private final List<String> lines = new ArrayList<>();
    private final List<EventId> ids = new ArrayList<>();
    private final Deque<CompletableFuture<Void>> pending = new ArrayDeque<>();
    private final Executor completer;
    private Mode mode;
    private boolean stageOutstanding;
    private int overlaps;
    private int closes;
    private long primingRetry = -1;

    public RecordingSink(Mode mode) {
        this.mode = mode;
        this.completer = null;
    }

    /** A sink in {@link Mode#LATER}: {@code completer} completes each write. */
    public RecordingSink(Executor completer) {
        this.mode = Mode.LATER;
        this.completer = completer;
    }

    public RecordingSink() {
        this(Mode.SYNC);
    }

    /** The wire line of an event, as this sink records it. */
    public static String event(String streamId, long seq, String data) {
        return "id: " + streamId + ":" + seq + " data: " + data;
    }

    /** The wire line of a comment, as this sink records it. */
    public static String commentLine(String text) {
        return ": " + text;
    }

    @Override
    public CompletionStage<?> send(EventId id, String data) {
        return write(event(id.streamId(), id.seq(), data), id);
    }

    @Override
    public CompletionStage<?> prime(EventId id, long retryMillis) {
        synchronized (this) {
            primingRetry = retryMillis;
        }
        return send(id, "");
    }

    /** The {@code retry:} of the last priming event written, in milliseconds; -1 if none was. */
    public synchronized long primingRetry() {
        return primingRetry;
    }

    @Override
    public CompletionStage<?> comment(String text) {
        return write(commentLine(text), null);
    }

    @Override
    public synchronized void close() {
        closes++;
    }

    public synchronized void mode(Mode next) {
        mode = next;
    }

    private CompletionStage<?> write(String line, EventId id) {
        if (writing.incrementAndGet() > 1) {
            countOverlap();
        }
        CompletionStage<?> stage;
        try {
            stage = record(line, id);
        } finally {
            writing.decrementAndGet();
        }
        if (completer != null && !stage.toCompletableFuture().isDone()) {
            completer.execute(this::completeNext);
        }
        return stage;
    }

    private synchronized void countOverlap() {
        overlaps++;
    }

    private synchronized CompletionStage<?> record(String line, EventId id) {
        if (stageOutstanding) {
            overlaps++;
        }
        if (closes > 0 || mode == Mode.THROW) {
            throw new IllegalStateException("connection closed");
        }
        if (mode == Mode.FAIL_STAGE) {
            return CompletableFuture.failedFuture(new IOException("connection reset"));
        }
        lines.add(line);
        if (id != null) {
            ids.add(id);
        }
        if (mode == Mode.SYNC) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> stage = new CompletableFuture<>();
        pending.addLast(stage);
        stageOutstanding = true;
        return stage;
    }

    /** Completes the oldest outstanding write; false when none is outstanding. */
    public boolean completeNext() {
        CompletableFuture<Void> next = takePending();
        if (next == null) {
            return false;
        }
        next.complete(null);
        return true;
    }

    /** Completes outstanding writes, and the ones they lead to, until none is outstanding. */
    public int completeAll() {
        int completed = 0;
        while (completeNext()) {
            completed++;
        }
        return completed;
    }

    /** Fails the oldest outstanding write, as a connection reset does. */
    public boolean failNext() {
        CompletableFuture<Void> next = takePending();
        if (next == null) {
            return false;
        }
        next.completeExceptionally(new IOException("connection reset"));
        return true;
    }

    private synchronized CompletableFuture<Void> takePending() {
        CompletableFuture<Void> next = pending.pollFirst();
        stageOutstanding = !pending.isEmpty();
        return next;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized List<EventId> ids() {
        return List.copyOf(ids);
    }

    /** The id of the last event written, as a client would send it back; null when none was. */
    public synchronized String lastEventId() {
        return ids.isEmpty() ? null : ids.get(ids.size() - 1).toString();
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    public synchronized int overlaps() {
        return overlaps;
    }

    public synchronized int closes() {
        return closes;
    }
}
