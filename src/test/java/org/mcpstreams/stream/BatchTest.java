package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.RecordingSink;

/** How a drain's batch reaches the connection: how many writes, and in which order. */
class BatchTest {

    private final WriteLog sink = new WriteLog();

    @Test
    void severalDueEventsAreOneWrite() {
        Batch batch = new Batch("s1", false, 0, 0, false, List.of(new StreamEvent(1, "a"), new StreamEvent(2, "b")));

        assertTrue(batch.writeFrom(0, sink, error -> { }, () -> { }));

        assertEquals(List.of("run s1:1..s1:2"), sink.writes);
    }

    @Test
    void oneDueEventIsAPlainSend() {
        Batch batch = new Batch("s1", false, 0, 0, false, List.of(new StreamEvent(7, "a")));

        assertTrue(batch.writeFrom(0, sink, error -> { }, () -> { }));

        assertEquals(List.of("send s1:7"), sink.writes);
    }

    @Test
    void primingComesBeforeTheRunAndTheKeepAliveAfterIt() {
        Batch batch = new Batch("s1", true, 4, 1_000, true, List.of(new StreamEvent(5, "a"), new StreamEvent(6, "b")));

        assertTrue(batch.writeFrom(0, sink, error -> { }, () -> { }));

        assertEquals(List.of("prime s1:4", "run s1:5..s1:6", "comment keep-alive"), sink.writes);
    }

    @Test
    void aSinkWithoutRunsGetsTheEventsOneSendAfterTheOther() {
        RecordingSink plain = new RecordingSink();

        plain.sendAll(new EventRun("s1", List.of(new StreamEvent(1, "a"), new StreamEvent(2, "b"))));

        assertEquals(List.of(RecordingSink.event("s1", 1, "a"), RecordingSink.event("s1", 2, "b")), plain.lines());
    }

    /** Records each call, completing at once. */
    private static final class WriteLog implements EventSink {

        final List<String> writes = new ArrayList<>();

        @Override
        public CompletionStage<?> send(EventId id, String data) {
            writes.add("send " + id);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> sendAll(EventRun run) {
            writes.add("run " + run.id(0) + ".." + run.id(run.events().size() - 1));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> prime(EventId id, long retryMillis) {
            writes.add("prime " + id);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> comment(String text) {
            writes.add("comment " + text);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    }
}
