package org.mcpstreams.stream;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/** Connections of clients that stopped reading, as containers present them to the registry. */
final class StalledSinks {

    private StalledSinks() {
    }

    /**
     * A container that blocks the writing thread and holds a lock of the connection meanwhile
     * (Jersey): a write blocks until interrupted, and blocks once more for each further interrupt
     * it needs (the container flushes again while it fails a write); a close waits for the write,
     * and with {@link #closeBlocks} blocks itself until interrupted.
     */
    static final class Blocking implements EventSink {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch blockedAgain = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        final CountDownLatch closeInterrupted = new CountDownLatch(1);
        volatile boolean closeBlocks;
        private int interruptsToFail;

        Blocking(int interruptsToFail) {
            this.interruptsToFail = interruptsToFail;
        }

        @Override
        public synchronized CompletionStage<?> send(EventId id, String data) {
            entered.countDown();
            while (true) {
                if (!waitForInterrupt()) {
                    continue;
                }
                if (--interruptsToFail <= 0) {
                    return CompletableFuture.failedFuture(new InterruptedException("write interrupted"));
                }
                blockedAgain.countDown();
            }
        }

        @Override
        public CompletionStage<?> comment(String text) {
            return send(null, text);
        }

        @Override
        public synchronized void close() {
            closed.countDown();
            if (closeBlocks && waitForInterrupt()) {
                closeInterrupted.countDown();
            }
        }
    }

    /**
     * A container whose writes go on asynchronously and never complete, and whose close waits for
     * what is pending to be flushed (RESTEasy), until interrupted.
     */
    static final class Flushing implements EventSink {

        final CountDownLatch closing = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public CompletionStage<?> send(EventId id, String data) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletionStage<?> comment(String text) {
            return new CompletableFuture<>();
        }

        @Override
        public void close() {
            closing.countDown();
            if (waitForInterrupt()) {
                interrupted.countDown();
            }
        }
    }

    /** Waits until this thread is interrupted; true then (always, as nothing else ends the wait). */
    private static boolean waitForInterrupt() {
        try {
            new CountDownLatch(1).await();
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
