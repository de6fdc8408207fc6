package org.mcpstreams.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * A stream's connections that were dropped while a thread was blocked writing to them (a client
 * that stopped reading, most often). Such a thread holds the container's lock of its connection,
 * so closing it from elsewhere would wait for it: the thread closes it when it leaves the write.
 * Until then, once the write is older than the write timeout, each sweep interrupts the thread
 * again, since a container may block it once more while it fails the write. Guarded by the lock
 * of the stream it belongs to; usually empty, and then holds nothing.
 */
final class LeavingWriters {

    private List<Connection> leaving;

    /**
     * For a connection just dropped: the connection to close now, or null when there is none or
     * the thread writing to it closes it on leaving its write.
     */
    Connection handOver(Connection dropped) {
        if (dropped == null || dropped.closeNowOrOnLeave()) {
            return dropped;
        }
        if (leaving == null) {
            leaving = new ArrayList<>(1);
        }
        leaving.add(dropped);
        return null;
    }

    /** Forgets the connections whose thread left; interrupts the others once their write is stalled. */
    void interruptStalled(long nowMillis, long timeoutMillis) {
        if (leaving == null) {
            return;
        }
        leaving.removeIf(dropped -> !dropped.inWrite());
        for (Connection dropped : leaving) {
            if (dropped.writeStalled(nowMillis, timeoutMillis)) {
                dropped.interruptWriter();
            }
        }
        if (leaving.isEmpty()) {
            leaving = null;
        }
    }
}
