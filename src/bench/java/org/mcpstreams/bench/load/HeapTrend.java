package org.mcpstreams.bench.load;

import java.util.List;

/**
 * The trend of the server's heap after full collections over the soak's churn minutes: the
 * least-squares slope, and whether it is flat, that is the fitted line rises over the run by no
 * more than {@link #TOLERANCE} of the mean heap. Structures bounded by design that fill during the
 * run (the registry remembers the last 10,000 ended sessions, about 1.5 MB) stay well under it;
 * a leak of a few hundred bytes per cut or replaced session, at the default churn, does not.
 *
 * @param slopeKbPerMinute the fitted growth per minute, in kB
 * @param meanKb the mean of the samples
 * @param spanMinutes minutes from the first sample to the last
 * @param points the samples fitted; fewer than 3 are too few to judge
 */
record HeapTrend(double slopeKbPerMinute, double meanKb, int spanMinutes, int points) {

    /** The rise over the run, as a share of the mean heap, that still counts as flat. */
    static final double TOLERANCE = 0.01;

    static HeapTrend of(List<SoakMinute> rows) {
        int n = rows.size();
        double meanX = rows.stream().mapToDouble(SoakMinute::minute).average().orElse(0);
        double meanY = rows.stream().mapToDouble(SoakMinute::heapKb).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (SoakMinute row : rows) {
            covariance += (row.minute() - meanX) * (row.heapKb() - meanY);
            variance += (row.minute() - meanX) * (row.minute() - meanX);
        }
        int span = n == 0 ? 0 : rows.get(n - 1).minute() - rows.get(0).minute();
        return new HeapTrend(variance == 0 ? 0 : covariance / variance, meanY, span, n);
    }

    boolean judged() {
        return points >= 3;
    }

    /** The fitted line's rise from the first sample to the last, in kB. */
    double riseKb() {
        return slopeKbPerMinute * spanMinutes;
    }

    boolean flat() {
        return judged() && riseKb() <= TOLERANCE * meanKb;
    }
}
