package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;

class ManagedPoolTest {

    private static final long HELD_MILLIS = 1_000;

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final ManagedPool pool = new ManagedPool(() -> 2, clock::millis, Executors::defaultThreadFactory);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdown();
    }

    @Test
    void threadsHeldByOneTaskGetStandInsSoThatOthersStillRun() throws Exception {
        CountDownLatch bothHeld = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> hold(bothHeld));
        }
        assertTrue(bothHeld.await(5, TimeUnit.SECONDS));
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(ran::countDown);
        assertEquals(0, pool.standIn(HELD_MILLIS, 64), "not held long enough yet");
        assertEquals(2, pool.threads());

        clock.advanceMillis(HELD_MILLIS);
        assertEquals(2, pool.standIn(HELD_MILLIS, 64));

        assertEquals(4, pool.threads());
        assertTrue(ran.await(5, TimeUnit.SECONDS), "the waiting task runs on a stand-in");
    }

    @Test
    void standInsStopAtTheMaximum() throws Exception {
        CountDownLatch bothHeld = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> hold(bothHeld));
        }
        assertTrue(bothHeld.await(5, TimeUnit.SECONDS));
        clock.advanceMillis(HELD_MILLIS);

        assertEquals(2, pool.standIn(HELD_MILLIS, 3));

        assertEquals(3, pool.threads());
    }

    @Test
    void thePoolShrinksBackOnceTheHeldThreadsAreFree() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
            hold(held);
            done.countDown();
        });
        assertTrue(held.await(5, TimeUnit.SECONDS));
        clock.advanceMillis(HELD_MILLIS);
        pool.standIn(HELD_MILLIS, 64);
        assertEquals(3, pool.threads());

        release.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));

        assertEquals(0, standInOnceTheTaskHasEnded());
        assertEquals(2, pool.threads());
    }

    @Test
    void aPoolNotStartedHasNothingToStandInFor() {
        assertEquals(0, pool.standIn(HELD_MILLIS, 64));
        assertEquals(0, pool.threads());
    }

    private void hold(CountDownLatch started) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task's end is noted just after it returns: the next sweeps see it. */
    private int standInOnceTheTaskHasEnded() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int held;
        while ((held = pool.standIn(HELD_MILLIS, 64)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return held;
    }
}
