package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** A broadcast's deliveries spread over several threads: each item once, each run in order, all awaited. */
class FanOutTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void eachItemIsTakenOnceEachRunInOrderOnThreadsOfTheExecutorAndTheCallers() {
        List<Integer> items = IntStream.range(0, 4 * FanOut.MIN_RUN).boxed().toList();
        Map<Thread, List<Integer>> taken = new ConcurrentHashMap<>();
        CountDownLatch othersStarted = new CountDownLatch(3);
        int count = new FanOut(threads, 4).count(items, item -> {
            if (item % FanOut.MIN_RUN == 0 && item > 0) {
                othersStarted.countDown();
            }
            if (item == 0) {
                await(othersStarted); // the caller's run waits until the executor's threads took the three others
            }
            return taken.computeIfAbsent(Thread.currentThread(), t -> new ArrayList<>()).add(item) && item % 2 == 0;
        });
        assertEquals(2 * FanOut.MIN_RUN, count);
        assertEquals(4, taken.size(), "runs on separate threads: " + taken.keySet());
        assertEquals(IntStream.range(0, FanOut.MIN_RUN).boxed().toList(), taken.get(Thread.currentThread()),
                "the caller takes the first run");
        List<Integer> all = new ArrayList<>();
        for (List<Integer> run : taken.values()) {
            List<Integer> sorted = new ArrayList<>(run);
            Collections.sort(sorted);
            assertEquals(sorted, run, "a run takes its items in order");
            all.addAll(run);
        }
        Collections.sort(all);
        assertEquals(items, all);
    }

    @Test
    void aRunTheExecutorNeverStartsIsTakenByTheCaller() {
        List<Runnable> dropped = new ArrayList<>();
        List<Integer> items = IntStream.range(0, 3 * FanOut.MIN_RUN).boxed().toList();
        assertEquals(items.size(), new FanOut(dropped::add, 3).count(items, item -> true));
        assertEquals(2, dropped.size());
        dropped.forEach(Runnable::run); // a thread that starts it late finds it taken
    }

    @Test
    void aRefusedRunThatFailsIsThrownOnceTheCallersRunHasEnded() {
        List<Integer> taken = takenUntilThrown(new FanOut(task -> {
            throw new RejectedExecutionException("busy");
        }, 2), FanOut.MIN_RUN);
        assertEquals(IntStream.range(0, FanOut.MIN_RUN).boxed().toList(), taken);
    }

    /**
     * Counts {@code 2 * MIN_RUN} items through {@code fanOut} with a step that fails on {@code failing}
     * and records the others; checks that the step's own failure is thrown, and answers what was taken.
     */
    private static List<Integer> takenUntilThrown(FanOut fanOut, int failing) {
        IllegalStateException failure = new IllegalStateException("step failed");
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> fanOut.count(IntStream.range(0, 2 * FanOut.MIN_RUN).boxed().toList(), item -> {
                    if (item == failing) {
                        throw failure;
                    }
                    return taken.add(item);
                }));
        assertSame(failure, thrown);
        return taken;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS), "the executor's threads took their runs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aFewItemsStayOnTheCallersThread() {
        List<Thread> seen = Collections.synchronizedList(new ArrayList<>());
        int count = new FanOut(threads, 4).count(List.of(1, 2, 3), item -> seen.add(Thread.currentThread()));
        assertEquals(3, count);
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread(), Thread.currentThread()), seen);
    }

    @Test
    void aRunTheExecutorRefusesIsTakenByTheCaller() {
        List<Integer> items = IntStream.range(0, 3 * FanOut.MIN_RUN).boxed().toList();
        int count = new FanOut(task -> {
            throw new RejectedExecutionException("busy");
        }, 3).count(items, item -> true);
        assertEquals(items.size(), count);
    }

    @Test
    void aStepThatFailsOnTheCallersRunIsThrownOnceEveryRunHasEnded() {
        List<Integer> taken = takenUntilThrown(new FanOut(threads, 2), 0);
        assertEquals(FanOut.MIN_RUN, taken.size(), "the other run ended: " + taken);
    }

    @Test
    void aStepThatFailsIsThrownOnceEveryRunHasEnded() {
        List<Integer> taken = takenUntilThrown(new FanOut(threads, 2), 2 * FanOut.MIN_RUN - 1);
        assertEquals(2 * FanOut.MIN_RUN - 1, taken.size());
    }

    @Test
    void aBroadcastSpreadOverThreadsReachesEverySessionOnce() {
        StreamRegistry registry = new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(), Runnable::run);
        LocalSessionRouter router = registry.router();
        router.spread(new FanOut(threads, 4));
        List<RecordingSink> sinks = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int session = 0; session < 5 * FanOut.MIN_RUN; session++) {
            RecordingSink sink = new RecordingSink();
            sinks.add(sink);
            ids.add(registry.open(new StreamScope("session-" + session, null), StreamKind.SESSION, Priming.NONE, sink));
        }
        assertEquals(sinks.size(), router.broadcast("everyone"));
        assertEquals(sinks.size(), router.broadcast("again"));
        for (int session = 0; session < sinks.size(); session++) {
            assertEquals(List.of(event(ids.get(session), 1, "everyone"), event(ids.get(session), 2, "again")),
                    sinks.get(session).lines());
        }
    }
}
