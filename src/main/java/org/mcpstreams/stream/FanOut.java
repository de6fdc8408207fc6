package org.mcpstreams.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;

/**
 * Takes a step for each of many items on several threads at once, the caller's among them, and
 * waits for them all: for a broadcast whose every delivery waits on the network (in cluster mode
 * an event counts as accepted once another member keeps it). The items are split into runs, one
 * per way; each run takes its items one after the other, on one thread.
 */
public final class FanOut {

    /** One way: every step on the caller's thread. */
    public static final FanOut NONE = new FanOut(Runnable::run, 1);
    /** The fewest items a run is given: a smaller broadcast is not worth a thread's hand-over. */
    static final int MIN_RUN = 32;

    private final Executor executor;
    private final int ways;

    /**
     * @param executor runs every run but the caller's; one that refuses a run leaves it to the caller
     * @param ways how many runs at most, the caller's included; 1 or more
     */
    public FanOut(Executor executor, int ways) {
        if (ways < 1) {
            throw new IllegalArgumentException("ways must be 1 or more: " + ways);
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ways = ways;
    }

    /**
     * Takes {@code step} for each item and answers how many it answered true for. A step that
     * throws ends its run; the first such exception is thrown once every run has ended.
     */
    <T> int count(List<T> items, Predicate<? super T> step) {
        int runs = Math.max(1, Math.min(ways, items.size() / MIN_RUN));
        if (runs == 1) {
            return countIn(items, step);
        }
        List<CompletableFuture<Integer>> others = new ArrayList<>(runs - 1);
        for (int run = 1; run < runs; run++) {
            List<T> slice = items.subList(run * items.size() / runs, (run + 1) * items.size() / runs);
            try {
                others.add(CompletableFuture.supplyAsync(() -> countIn(slice, step), executor));
            } catch (RejectedExecutionException busy) {
                others.add(CompletableFuture.completedFuture(countIn(slice, step)));
            }
        }
        int count = 0;
        RuntimeException failed = null;
        try {
            count = countIn(items.subList(0, items.size() / runs), step);
        } catch (RuntimeException e) {
            failed = e;
        }
        for (CompletableFuture<Integer> other : others) {
            try {
                count += other.join();
            } catch (CompletionException e) {
                failed = failed != null ? failed
                        : e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            }
        }
        if (failed != null) {
            throw failed;
        }
        return count;
    }

    private static <T> int countIn(List<T> items, Predicate<? super T> step) {
        int count = 0;
        for (T item : items) {
            if (step.test(item)) {
                count++;
            }
        }
        return count;
    }
}
