package org.mcpstreams.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that queues tasks until the test runs them, to place a drain at a chosen moment. */
final class ManualExecutor implements Executor {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        queued.addLast(task);
    }

    /** Runs queued tasks, and the ones they queue, until none is left; returns how many ran. */
    int runAll() {
        int ran = 0;
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
            ran++;
        }
        return ran;
    }

    private synchronized Runnable poll() {
        return queued.pollFirst();
    }
}
