package org.mcpstreams.bench.load;

import java.util.Arrays;
import java.util.Map;

/**
 * A copy of the {@link SoakTally} at one moment, or the difference of two.
 *
 * @param values the counts, indexed by {@link SoakTally.Count#ordinal()}
 * @param unexpected unexpected statuses by request and status, since the start
 * @param failures failed connections by request and reason, since the start
 */
record SoakCounts(long[] values, Map<String, Integer> unexpected, Map<String, Integer> failures) {

    static final SoakCounts NONE = new SoakCounts(new long[SoakTally.Count.values().length], Map.of(), Map.of());

    SoakCounts {
        values = values.clone();
        unexpected = Map.copyOf(unexpected);
        failures = Map.copyOf(failures);
    }

    long get(SoakTally.Count count) {
        return values[count.ordinal()];
    }

    /** The counts since {@code earlier}; the maps stay those of this snapshot. */
    SoakCounts minus(SoakCounts earlier) {
        long[] difference = Arrays.copyOf(values, values.length);
        for (int i = 0; i < difference.length; i++) {
            difference[i] -= earlier.values[i];
        }
        return new SoakCounts(difference, unexpected, failures);
    }
}
