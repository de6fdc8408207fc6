package org.mcpstreams.bench.load;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The tally of one broadcast round across all clients: latencies of the events received,
 * duplicates, reconnections, and when the last client had all it expected. Written on the event
 * loop's thread; read by the driver after {@link #await} (the latch orders the two).
 */
final class Round {

    final int number;
    final int expectedPerClient;
    /** A count of events per client the driver waits for before the round ends; 0 none. */
    final int checkpoint;
    private final long[] latencyMicros;
    /** From the moment the driver asked for the broadcast: the same for a server that stamps late. */
    private final long[] fromRequestMicros;
    private final long[] reconnectMicros;
    private final CountDownLatch done;
    private final CountDownLatch atCheckpoint;
    private int received;
    private int reconnects;
    private int duplicates;
    private int stray;
    private volatile long completedAtNanos;
    private volatile long requestedAtMicros;

    Round(int number, int clients, int expectedPerClient, int checkpoint) {
        this.number = number;
        this.expectedPerClient = expectedPerClient;
        this.checkpoint = checkpoint;
        this.atCheckpoint = new CountDownLatch(checkpoint > 0 ? clients : 0);
        this.latencyMicros = new long[clients * expectedPerClient];
        this.fromRequestMicros = new long[clients * expectedPerClient];
        this.reconnectMicros = new long[clients];
        this.done = new CountDownLatch(clients);
    }

    /** The driver asks the server for the broadcast now, in µs since the epoch. */
    void requested(long atMicros) {
        requestedAtMicros = atMicros;
    }

    /** An event arrived at {@code atMicros}, stamped {@code sentMicros} by the server (µs since the epoch). */
    void received(long atMicros, long sentMicros) {
        if (received < latencyMicros.length) {
            latencyMicros[received] = atMicros - sentMicros;
            fromRequestMicros[received] = atMicros - requestedAtMicros;
        }
        received++;
    }

    void duplicate() {
        duplicates++;
    }

    /** An event that names no round of this run, or an earlier one. */
    void stray() {
        stray++;
    }

    void reconnected(long micros) {
        if (reconnects < reconnectMicros.length) {
            reconnectMicros[reconnects] = micros;
        }
        reconnects++;
    }

    /** One client has all it expected. */
    void clientComplete() {
        if (done.getCount() == 1) {
            completedAtNanos = System.nanoTime();
        }
        done.countDown();
    }

    /** One client has received {@link #checkpoint} events of the round. */
    void clientAtCheckpoint() {
        atCheckpoint.countDown();
    }

    /** @return false on timeout */
    boolean awaitCheckpoint(long seconds) throws InterruptedException {
        return atCheckpoint.await(seconds, TimeUnit.SECONDS);
    }

    /** @return false on timeout */
    boolean await(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    long completedAtNanos() {
        return completedAtNanos;
    }

    int received() {
        return received;
    }

    int duplicates() {
        return duplicates + stray;
    }

    int reconnects() {
        return reconnects;
    }

    long[] latenciesSorted() {
        long[] sorted = Arrays.copyOf(latencyMicros, Math.min(received, latencyMicros.length));
        Arrays.sort(sorted);
        return sorted;
    }

    long[] fromRequestSorted() {
        long[] sorted = Arrays.copyOf(fromRequestMicros, Math.min(received, fromRequestMicros.length));
        Arrays.sort(sorted);
        return sorted;
    }

    long[] reconnectsSorted() {
        long[] sorted = Arrays.copyOf(reconnectMicros, Math.min(reconnects, reconnectMicros.length));
        Arrays.sort(sorted);
        return sorted;
    }

    /** The value at {@code fraction} (0..1) of a sorted array; -1 when it is empty. */
    static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
