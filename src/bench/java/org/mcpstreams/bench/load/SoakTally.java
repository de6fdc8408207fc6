package org.mcpstreams.bench.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * The soak clients' running counts, kept on the event loop's thread only; {@link #snapshot}
 * copies them for the driver.
 */
final class SoakTally {

    /** What is counted. */
    enum Count {
        /** Broadcast notifications received, live or replayed. */
        EVENTS,
        /** Broadcasts a session should have received and never did. */
        LOST,
        /** Events received twice: a broadcast number or an event id not above the last one. */
        DUPLICATED,
        /** Connections cut on purpose, each resumed later with Last-Event-ID. */
        DROPPED,
        /** Resumes whose new connection continued the same stream. */
        RESUMED,
        /** Resumes the server answered with a new stream (nothing to resume): what was missed is lost. */
        RESUMED_AS_NEW,
        /** Sessions ended with DELETE and replaced by a new one. */
        REPLACED,
        /** GET streams the server ended after their session's DELETE. */
        ENDED_AFTER_DELETE,
        /** GET streams still open 10 s after their session's DELETE, then cut by the client. */
        NOT_ENDED_AFTER_DELETE,
        /** Streams the server ended, or whose connection failed, without the client causing it. */
        UNPLANNED_ENDS,
        /** HTTP statuses of 500 or more. */
        SERVER_ERRORS,
        /** Any status other than the one the request should get, 5xx included. */
        UNEXPECTED_STATUSES,
        /** Connections that failed before their response was complete. */
        FAILED_CONNECTIONS
    }

    private final long[] counts = new long[Count.values().length];
    private final Map<String, Integer> unexpected = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    void add(Count count, long amount) {
        counts[count.ordinal()] += amount;
    }

    /** {@code request} was answered {@code status}, which it should not have been. */
    void status(String request, int status) {
        add(Count.UNEXPECTED_STATUSES, 1);
        if (status >= 500) {
            add(Count.SERVER_ERRORS, 1);
        }
        unexpected.merge(request + " " + status, 1, Integer::sum);
    }

    /** A connection failed during {@code request}. */
    void failure(String request, String reason) {
        add(Count.FAILED_CONNECTIONS, 1);
        failures.merge(request + ": " + reason, 1, Integer::sum);
    }

    SoakCounts snapshot() {
        return new SoakCounts(counts.clone(), new TreeMap<>(unexpected), new TreeMap<>(failures));
    }
}
