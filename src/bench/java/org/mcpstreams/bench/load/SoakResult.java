package org.mcpstreams.bench.load;

import java.util.List;
import java.util.Map;

/**
 * Everything a soak run measured, for its report.
 *
 * @param machine the machine, as {@code Machine.describe()} gives it at the end of the run
 * @param loadChurnStart the load average when the churn began
 * @param loadEnd the load average at the end
 * @param openMillis how long the first sessions and streams took to open
 * @param minutes the rows, idle and minute 0 first
 * @param total the clients' counts over the whole run
 * @param broadcasts broadcasts sent, the last one included
 * @param broadcastFailures failed broadcast calls by reason
 * @param growthByOwner heap growth in bytes from minute 1 to the end, by owner (class histograms)
 */
record SoakResult(SoakSettings settings, String machine, String jdk, String loadChurnStart,
        String loadEnd, long openMillis, List<SoakMinute> minutes, SoakEnding ending, SoakCounts total, long broadcasts,
        Map<String, Integer> broadcastFailures, Map<String, Long> growthByOwner) {

    SoakResult {
        minutes = List.copyOf(minutes);
        broadcastFailures = Map.copyOf(broadcastFailures);
    }

    /** Broadcasts lost over the run: gaps seen on the way, and the last broadcast's missing ones. */
    long lost() {
        return total.get(SoakTally.Count.LOST) + ending.missing();
    }

    /** Responses of 500 or more, to the clients and to the broadcast trigger. */
    long serverErrors() {
        return total.get(SoakTally.Count.SERVER_ERRORS) + broadcastFailures.values().stream().mapToLong(i -> i).sum();
    }

    /** The rows sampled while the churn ran: minute 1 on. */
    List<SoakMinute> churnMinutes() {
        return minutes.stream().filter(minute -> minute.minute() >= 1).toList();
    }
}
