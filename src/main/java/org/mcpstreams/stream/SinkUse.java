package org.mcpstreams.stream;

/**
 * Which thread is inside one connection's sink (writing or closing), since when, and what it
 * must do when it leaves. Guarded by its own monitor, taken after the stream's lock and never
 * before it, so that {@link ConnectionWatch} can interrupt a stuck thread without the stream
 * (which may be gone by then).
 */
final class SinkUse {

    private Thread thread;
    private long sinceMillis;
    /** The connection was dropped while {@link #thread} was inside: it closes it on leaving. */
    private boolean closeOnLeave;
    private boolean closePending;
    /** A write to the connection stalled: a thread inside is interrupted at every sweep, without waiting again. */
    private boolean timedOut;

    synchronized void enter(Thread inside, long nowMillis) {
        thread = inside;
        sinceMillis = nowMillis;
    }

    /**
     * {@code inside} leaves the sink; nothing when another thread is registered.
     *
     * @return whether the connection was dropped meanwhile and {@code inside} closes it
     */
    synchronized boolean leave(Thread inside) {
        if (thread != inside) {
            return false;
        }
        thread = null;
        boolean close = closeOnLeave;
        closeOnLeave = false;
        return close;
    }

    synchronized boolean heldBy(Thread inside) {
        return thread == inside;
    }

    /**
     * For a connection just dropped: whether whoever dropped it has it closed. A thread inside
     * its sink may hold the container's lock of the connection, so a close would wait for it;
     * that thread closes it when it leaves instead.
     */
    synchronized boolean closeNowOrOnLeave() {
        if (thread == null) {
            return true;
        }
        closeOnLeave = true;
        return false;
    }

    synchronized void closeQueued() {
        closePending = true;
    }

    synchronized void closeDone() {
        closePending = false;
    }

    /** A write stalled: the thread inside, if any, is interrupted now, and at every sweep from now on. */
    synchronized void timedOut() {
        timedOut = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Interrupts the thread inside once it has been there {@code timeoutMillis}, or at once after
     * a time-out: the write or close fails and frees it.
     *
     * @return whether the connection still has a thread inside or a close to come
     */
    synchronized boolean interruptIfStalled(long nowMillis, long timeoutMillis) {
        if (thread != null && (timedOut || nowMillis - sinceMillis >= timeoutMillis)) {
            thread.interrupt();
        }
        return busy();
    }

    synchronized boolean busy() {
        return thread != null || closePending || closeOnLeave;
    }
}
