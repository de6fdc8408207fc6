package org.mcpstreams.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * Takes {@code step} for each item and answers how many it answered true for. A run no thread
     * of the executor has started by the time the caller's own run ends is taken by the caller
     * (so a run the executor queues, refuses or drops at its shutdown is never waited for). A step
     * that throws ends its run; the first such throwable is thrown once every run has ended.
     */
    <T> int count(Collection<T> items, Predicate<? super T> step) {
        int runs = ways == 1 ? 1 : Math.max(1, Math.min(ways, items.size() / MIN_RUN));
        if (runs == 1) {
            return countIn(items, step);
        }
        List<T> all = List.copyOf(items);
        List<Run<T>> taken = new ArrayList<>(runs);
        for (int run = 0; run < runs; run++) {
            taken.add(new Run<>(all.subList(run * all.size() / runs, (run + 1) * all.size() / runs), step));
        }
        for (Run<T> other : taken.subList(1, runs)) {
            try {
                executor.execute(other);
            } catch (RejectedExecutionException busy) {
                // the caller takes it below
            }
        }
        for (Run<T> run : taken) {
            run.run(); // the caller's own first, then each no thread has started yet
        }
        int count = 0;
        Throwable failed = null;
        for (Run<T> run : taken) {
            try {
                count += run.result.join();
            } catch (CompletionException e) {
                failed = failed != null ? failed : e.getCause();
            }
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        return count;
    }

    /** One run: taken once, by whichever thread claims it first. */
    private static final class Run<T> implements Runnable {

        private final List<T> items;
        private final Predicate<? super T> step;
        private final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<Integer> result = new CompletableFuture<>();

        Run(List<T> items, Predicate<? super T> step) {
            this.items = items;
            this.step = step;
        }

        /** Takes the run, unless another thread has. */
        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(countIn(items, step));
            } catch (RuntimeException | Error failed) {
                result.completeExceptionally(failed);
            }
        }
    }

    private static <T> int countIn(Iterable<T> items, Predicate<? super T> step) {
        int count = 0;
        for (T item : items) {
            if (step.test(item)) {
                count++;
            }
        }
        return count;
    }
}
