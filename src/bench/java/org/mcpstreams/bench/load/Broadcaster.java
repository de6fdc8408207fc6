package org.mcpstreams.bench.load;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers the soak's broadcasts and has the server send them through the bench WAR's trigger, one
 * after the other. Its two counters tell the clients what to expect: a session whose stream was
 * open before {@link #next} was read must receive every broadcast from that number on, and every
 * number up to {@link #completed} has been routed to the sessions' streams. Numbers are taken
 * before the trigger is called, so a broadcast under way is never one a session must have.
 */
final class Broadcaster {

    /** The {@code round} of every soak notification; its number is what identifies it. */
    private static final int ROUND = 0;

    private final Trigger trigger;
    private final int perBroadcast;
    private final int bytes;
    private final Map<String, Integer> failures = new TreeMap<>();
    private volatile int next = 1;
    private volatile int completed;
    private long broadcasts;

    /**
     * @param perBroadcast notifications per trigger call, numbered consecutively
     * @param bytes characters of each notification's data
     */
    Broadcaster(Trigger trigger, int perBroadcast, int bytes) {
        this.trigger = trigger;
        this.perBroadcast = perBroadcast;
        this.bytes = bytes;
    }

    /** Has the server broadcast the next {@code perBroadcast} notifications; a failure is counted, not thrown. */
    synchronized void broadcast() {
        int from = next;
        next = from + perBroadcast;
        try {
            trigger.broadcast(ROUND, from, perBroadcast, bytes);
            completed = from + perBroadcast - 1;
            broadcasts++;
        } catch (IOException | RuntimeException e) {
            // a scheduled task that throws is never run again: count the failure, broadcast on
            failures.merge(String.valueOf(e.getMessage()), 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number the next broadcast starts with. */
    int next() {
        return next;
    }

    /** The highest number of a broadcast the server has answered. */
    int completed() {
        return completed;
    }

    synchronized long broadcasts() {
        return broadcasts;
    }

    /** Failed trigger calls by reason. */
    synchronized Map<String, Integer> failures() {
        return new TreeMap<>(failures);
    }
}
