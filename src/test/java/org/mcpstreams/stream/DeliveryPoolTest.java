package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;

class DeliveryPoolTest {

    private static final long HELD_MILLIS = 1_000;

    private final AdjustableClock clock = AdjustableClock.frozen();
    /** The threads that asked the factory for a pool thread. */
    private final List<Thread> makers = new CopyOnWriteArrayList<>();
    /** While set, the factory makes no thread, as a container out of threads would. */
    private volatile boolean failing;
    private final ThreadFactory recording = worker -> {
        makers.add(Thread.currentThread());
        return failing ? null : Executors.defaultThreadFactory().newThread(worker);
    };
    private final DeliveryPool pool = new DeliveryPool(() -> 2, clock::millis, () -> recording);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdown();
    }

    @Test
    void threadsHeldByOneWriteGetStandInsSoThatOthersStillRun() throws Exception {
        holdBoth();
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
    void aLongTaskBetweenWritesIsNotHeld() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            DeliveryPool.writing(clock.millis());
            DeliveryPool.writing(0); // the write ended; the task goes on
            hold(started);
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        clock.advanceMillis(HELD_MILLIS);

        assertEquals(0, pool.standIn(HELD_MILLIS, 64));
        assertEquals(2, pool.threads());
    }

    @Test
    void standInsStopAtTheMaximum() throws Exception {
        holdBoth();
        clock.advanceMillis(HELD_MILLIS);

        assertEquals(2, pool.standIn(HELD_MILLIS, 3));

        assertEquals(3, pool.threads());
    }

    @Test
    void thePoolShrinksBackOnceTheHeldThreadsAreFree() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
            holdInWrite(held);
            done.countDown();
        });
        assertTrue(held.await(5, TimeUnit.SECONDS));
        clock.advanceMillis(HELD_MILLIS);
        pool.standIn(HELD_MILLIS, 64);
        assertEquals(3, pool.threads());

        release.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));

        assertEquals(0, pool.standIn(HELD_MILLIS, 64));
        assertEquals(2, pool.threads());
    }

    @Test
    void noThreadIsEverMadeOnTheThreadOfWhoeverHandsATask() throws Exception {
        holdBoth();
        clock.advanceMillis(HELD_MILLIS);
        failing = true;
        pool.standIn(HELD_MILLIS, 64); // four threads wanted, none more made: the pool is short of two
        failing = false;
        CountDownLatch ran = new CountDownLatch(10);
        Thread request = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                pool.execute(ran::countDown);
            }
        });
        request.start();
        request.join();
        assertEquals(10, ran.getCount(), "the tasks wait: both threads are held, no thread was made for them");

        pool.standIn(HELD_MILLIS, 64);

        assertTrue(ran.await(5, TimeUnit.SECONDS), "the next sweep made the missing threads");
        assertTrue(makers.stream().allMatch(maker -> maker == Thread.currentThread()), "made elsewhere: " + makers);
    }

    @Test
    void aPoolNotStartedHasNothingToStandInFor() {
        assertEquals(0, pool.standIn(HELD_MILLIS, 64));
        assertEquals(0, pool.threads());
    }

    /** Both threads start a write that lasts until {@link #release}. */
    private void holdBoth() throws InterruptedException {
        CountDownLatch bothHeld = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> holdInWrite(bothHeld));
        }
        assertTrue(bothHeld.await(5, TimeUnit.SECONDS));
    }

    private void holdInWrite(CountDownLatch started) {
        DeliveryPool.writing(clock.millis());
        hold(started);
        DeliveryPool.writing(0);
    }

    private void hold(CountDownLatch started) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
