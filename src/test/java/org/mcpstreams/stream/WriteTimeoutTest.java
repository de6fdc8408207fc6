package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;
import org.mcpstreams.testsupport.RecordingSink.Mode;

/**
 * A write that does not finish within the write timeout closes its connection at the next sweep,
 * whether it goes on asynchronously or blocks a delivery thread; the client resumes and misses
 * nothing.
 */
class WriteTimeoutTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", "alice");
    private static final long TIMEOUT_MILLIS = 2_000;

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final ExecutorService threads = Executors.newFixedThreadPool(1);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aWriteUnfinishedPastTheTimeoutClosesTheConnectionAndTheClientResumesWithEveryEvent() {
        StreamRegistry registry = registry(Runnable::run);
        RecordingSink stalled = new RecordingSink(Mode.ASYNC);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, stalled);
        registry.send(sid, "a");
        registry.send(sid, "b");
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();

        assertEquals(1, stalled.closes());
        assertEquals(1, registry.stats().writeTimedOut());
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 0), registry.resume(SCOPE, sid + ":0", next));
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b")), next.lines());
    }

    @Test
    void aWriteUnderWayForLessThanTheTimeoutKeepsItsConnection() {
        StreamRegistry registry = registry(Runnable::run);
        RecordingSink slow = new RecordingSink(Mode.ASYNC);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, slow);
        registry.send(sid, "a");
        clock.advanceMillis(TIMEOUT_MILLIS - 1);
        registry.sweep();
        slow.completeAll();
        clock.advanceMillis(TIMEOUT_MILLIS);
        registry.sweep();

        assertEquals(0, slow.closes());
        assertEquals(0, registry.stats().writeTimedOut());
    }

    @Test
    void timeSpentWaitingForADeliveryThreadIsNotAStalledWrite() {
        ManualExecutor queue = new ManualExecutor();
        StreamRegistry registry = registry(queue);
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        registry.send(sid, "a");
        clock.advanceMillis(TIMEOUT_MILLIS * 2);
        registry.sweep();
        queue.runAll();

        assertEquals(0, sink.closes());
        assertEquals(List.of(event(sid, 1, "a")), sink.lines());
    }

    @Test
    void aWriteThatCompletesLaterHandsTheNextDrainToTheDeliveryThreads() {
        ManualExecutor queue = new ManualExecutor();
        StreamRegistry registry = registry(queue);
        RecordingSink sink = new RecordingSink(Mode.ASYNC);
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        registry.send(sid, "a");
        queue.runAll();
        registry.send(sid, "b");
        sink.completeNext();

        assertEquals(List.of(event(sid, 1, "a")), sink.lines(), "the next write waited for a delivery thread");
        assertEquals(1, queue.runAll());
        assertEquals(List.of(event(sid, 1, "a"), event(sid, 2, "b")), sink.lines());
    }

    @Test
    void aDeliveryThreadBlockedInAWriteIsFreedAndServesOtherStreams() throws Exception {
        StreamRegistry registry = registry(threads);
        StalledSinks.Blocking blocked = new StalledSinks.Blocking(2);
        String stalledId = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, blocked);
        registry.send(stalledId, "a");
        assertTrue(blocked.entered.await(5, TimeUnit.SECONDS), "the write started");
        RecordingSink other = new RecordingSink();
        String otherId = registry.open(new StreamScope("session-2", "bob"), StreamKind.SESSION, Priming.NONE, other);
        registry.send(otherId, "x");

        clock.advanceMillis(TIMEOUT_MILLIS);
        assertTimeoutPreemptively(Duration.ofSeconds(5), registry::sweep, "the sweep waited for the blocked write");
        assertTrue(blocked.blockedAgain.await(5, TimeUnit.SECONDS), "the write failed and blocked again");
        clock.advanceMillis(1);
        assertTimeoutPreemptively(Duration.ofSeconds(5), registry::sweep);

        assertTrue(blocked.closed.await(5, TimeUnit.SECONDS), "the writing thread closed its connection on leaving");
        threads.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(event(otherId, 1, "x")), other.lines());
        assertEquals(1, registry.stats().writeTimedOut());
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(stalledId, 0), registry.resume(SCOPE, stalledId + ":0", next));
        threads.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(event(stalledId, 1, "a")), next.lines());
    }

    @Test
    void aCloseThatWaitsForTheClientNeverBlocksTheSweepAndIsInterruptedLikeAWrite() throws Exception {
        StreamRegistry registry = registry(threads);
        StalledSinks.Flushing stalled = new StalledSinks.Flushing();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, stalled);
        registry.send(sid, "a");
        threads.submit(() -> { }).get(5, TimeUnit.SECONDS);

        clock.advanceMillis(TIMEOUT_MILLIS);
        assertTimeoutPreemptively(Duration.ofSeconds(5), registry::sweep, "the sweep waited for the close");
        assertTrue(stalled.closing.await(5, TimeUnit.SECONDS), "the close started on a delivery thread");
        clock.advanceMillis(TIMEOUT_MILLIS);
        assertTimeoutPreemptively(Duration.ofSeconds(5), registry::sweep);

        assertTrue(stalled.interrupted.await(5, TimeUnit.SECONDS), "the close waiting for the client was interrupted");
    }

    private StreamRegistry registry(Executor executor) {
        return new StreamRegistry(Limits.defaults().set(ConfigKeys.STREAMS_WRITE_TIMEOUT, TIMEOUT_MILLIS)
                .set(ConfigKeys.STREAMS_KEEP_ALIVE, 0).build(), clock, executor);
    }
}
