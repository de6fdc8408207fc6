package org.mcpstreams.bench.load;

import java.util.Comparator;
import java.util.PriorityQueue;

/** Actions due later, run by the soak's tick on the event loop's thread; used on that thread only. */
final class Timers {

    private final PriorityQueue<Due> queue = new PriorityQueue<>(
            Comparator.comparingLong(Due::atNanos).thenComparingLong(Due::order));
    private long order;

    /** Runs {@code action} at the first tick {@code millis} or more from now. */
    void after(long millis, Runnable action) {
        queue.add(new Due(System.nanoTime() + millis * 1_000_000, order++, action));
    }

    /** Runs every action that is due, earliest first. */
    void runDue() {
        long now = System.nanoTime();
        while (!queue.isEmpty() && queue.peek().atNanos() - now <= 0) {
            queue.poll().action().run();
        }
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    private record Due(long atNanos, long order, Runnable action) {
    }
}
