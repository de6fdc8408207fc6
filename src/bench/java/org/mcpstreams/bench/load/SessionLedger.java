package org.mcpstreams.bench.load;

/**
 * The broadcast numbers one session of the soak received, checked as they arrive, live or
 * replayed after a resume. Broadcasts are numbered consecutively and sent one after the other, so
 * once a session has received one, it must receive every later one, exactly once and in order: a
 * gap is events lost, a number not above the last one a duplicate. A broadcast that was under way
 * when the session's stream opened may or may not reach it; every one started later must.
 */
final class SessionLedger {

    private final long requiredFrom;
    private long last;

    /** @param requiredFrom the first broadcast number that started after the session's stream opened */
    SessionLedger(long requiredFrom) {
        this.requiredFrom = requiredFrom;
    }

    /** Records broadcast number {@code n} and counts what it shows was lost or duplicated. */
    void receive(long n, SoakTally tally) {
        tally.add(SoakTally.Count.EVENTS, 1);
        if (last != 0 && n <= last) {
            tally.add(SoakTally.Count.DUPLICATED, 1);
            return;
        }
        long expected = last == 0 ? requiredFrom : last + 1;
        if (n > expected) {
            tally.add(SoakTally.Count.LOST, n - expected);
        }
        last = n;
    }

    /** How many broadcasts up to number {@code upTo} the session should have received and has not (yet). */
    long missing(long upTo) {
        return Math.max(0, upTo - Math.max(last, requiredFrom - 1));
    }
}
