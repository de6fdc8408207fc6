package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/**
 * Threads held by a connection's sink are freed whatever becomes of its stream: a close that
 * waits for the client, a write blocked when its session ends, a close that blocks after a
 * stalled write, a connection replaced while its write completes.
 */
class StuckConnectionTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", "alice");
    private static final long TIMEOUT_MILLIS = 2_000;

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final ExecutorService threads = Executors.newFixedThreadPool(1);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private StreamRegistry registry(Executor executor) {
        return new StreamRegistry(Limits.defaults().set(ConfigKeys.STREAMS_WRITE_TIMEOUT, TIMEOUT_MILLIS)
                .set(ConfigKeys.STREAMS_KEEP_ALIVE, 0).build(), clock, executor);
    }

    @Test
    void aConnectionReplacedWhileItsAsyncWriteCompletesIsClosed() {
        ManualExecutor queue = new ManualExecutor();
        StreamRegistry registry = registry(queue);
        RecordingSink next = new RecordingSink();
        AtomicInteger closes = new AtomicInteger();
        String[] sid = new String[1];
        EventSink old = new EventSink() {
            @Override
            public CompletionStage<?> send(EventId id, String data) {
                // the client resumes on a new connection while this write is under way
                registry.resume(SCOPE, sid[0] + ":0", next);
                // the write completes right after Batch looked at it
                CompletableFuture<Void> racy = new CompletableFuture<>() {
                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
                racy.complete(null);
                return racy;
            }

            @Override
            public CompletionStage<?> comment(String text) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        sid[0] = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, old);
        queue.runAll();
        registry.send(sid[0], "a");
        queue.runAll();

        assertEquals(List.of(event(sid[0], 1, "a")), next.lines());
        assertEquals(1, closes.get(), "the replaced connection was closed");
    }

    @Test
    void theCloseOfATimedOutUnroutedStreamIsInterruptedLikeAWrite() throws Exception {
        StreamRegistry registry = registry(threads);
        StalledSinks.Flushing stalled = new StalledSinks.Flushing();
        String sid = registry.createUnrouted(new StreamScope("s", "alice"), id -> { });
        registry.attach(sid, Priming.NONE, stalled);
        registry.send(sid, "a");
        threads.submit(() -> { }).get(5, TimeUnit.SECONDS);

        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();
        assertTrue(stalled.closing.await(5, TimeUnit.SECONDS), "the close started on a delivery thread");
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();

        assertTrue(stalled.interrupted.await(2, TimeUnit.SECONDS), "the close waiting for the client was interrupted");
    }

    @Test
    void aWriteBlockedWhenItsSessionEndsIsInterruptedOnceStalled() throws Exception {
        StreamRegistry registry = registry(threads);
        StalledSinks.Blocking blocked = new StalledSinks.Blocking(1);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, blocked);
        registry.send(sid, "a");
        assertTrue(blocked.entered.await(5, TimeUnit.SECONDS), "the write started");

        registry.router().closeSession("session-1");
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();

        assertTrue(blocked.closed.await(2, TimeUnit.SECONDS), "the blocked delivery thread was freed");
    }

    @Test
    void aCloseThatBlocksAfterAStalledWriteIsInterruptedAtTheNextSweep() throws Exception {
        StreamRegistry registry = registry(threads);
        StalledSinks.Blocking blocked = new StalledSinks.Blocking(1);
        blocked.closeBlocks = true;
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, blocked);
        registry.send(sid, "a");
        assertTrue(blocked.entered.await(5, TimeUnit.SECONDS), "the write started");

        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();
        assertTrue(blocked.closed.await(5, TimeUnit.SECONDS), "the writer started closing on leaving");
        clock.advanceMillis(1_000); // the next sweep
        registry.sweep();

        assertTrue(blocked.closeInterrupted.await(2, TimeUnit.SECONDS), "the blocked close was interrupted");
    }

    /**
     * Test gap: a container that restores the interrupt flag when it fails a write (the usual
     * idiom) leaves the flag set on the delivery thread; only the Thread.interrupted() calls keep
     * it from the pool's next task. No test of WriteTimeoutTest fails without them.
     */
    @Test
    void anInterruptRestoredByTheContainerStaysWithTheWrite() throws Exception {
        StreamRegistry registry = registry(threads);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean closedInterrupted = new AtomicBoolean();
        EventSink restoring = new EventSink() {
            @Override
            public CompletionStage<?> send(EventId id, String data) {
                entered.countDown();
                try {
                    new CountDownLatch(1).await();
                    return CompletableFuture.completedFuture(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("write interrupted", e);
                }
            }

            @Override
            public CompletionStage<?> comment(String text) {
                return send(null, text);
            }

            @Override
            public void close() {
                closedInterrupted.set(Thread.currentThread().isInterrupted());
                closed.countDown();
            }
        };
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, restoring);
        registry.send(sid, "a");
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();

        assertTrue(closed.await(5, TimeUnit.SECONDS));
        assertTrue(!closedInterrupted.get(), "the close on leaving ran without the write's interrupt");
    }
}
