package org.mcpstreams.bench.load;

import java.util.Properties;

/**
 * What one round measured: time from the trigger (or from the resume) to the last expected
 * event, latency percentiles in µs (from the server's stamp on each event, and from the moment
 * the driver asked for the broadcast), reconnect percentiles in µs, events lost and duplicated.
 */
record RoundFigures(int events, double deliveryMillis, double fromResumeMillis, long p50, long p90, long p99,
        long max, int lost, int duplicates, int reconnects, long reconnectP50, long reconnectP99, long reconnectMax,
        long serverCpuMillis, long clientCpuMillis, long requestP50, long requestP99) {

    static RoundFigures of(Round round, long startNanos, long resumedNanos, Fleet fleet) throws InterruptedException {
        long completed = round.completedAtNanos();
        long[] latencies = round.latenciesSorted();
        long[] reconnects = round.reconnectsSorted();
        long[] fromRequest = round.fromRequestSorted();
        return new RoundFigures(round.received(),
                completed == 0 ? -1 : (completed - startNanos) / 1e6,
                completed == 0 ? -1 : (completed - resumedNanos) / 1e6,
                Round.percentile(latencies, 0.50), Round.percentile(latencies, 0.90),
                Round.percentile(latencies, 0.99), Round.percentile(latencies, 1.0),
                fleet.sum(Client::missing), round.duplicates(), round.reconnects(),
                Round.percentile(reconnects, 0.50), Round.percentile(reconnects, 0.99),
                Round.percentile(reconnects, 1.0), -1, -1, Round.percentile(fromRequest, 0.50),
                Round.percentile(fromRequest, 0.99));
    }

    /** The same figures with the CPU time server and client used during the round. */
    RoundFigures withCpu(long serverMillis, long clientMillis) {
        return new RoundFigures(events, deliveryMillis, fromResumeMillis, p50, p90, p99, max, lost, duplicates,
                reconnects, reconnectP50, reconnectP99, reconnectMax, serverMillis, clientMillis, requestP50, requestP99);
    }

    /** Writes the figures under {@code prefix.}. */
    void put(Properties out, String prefix) {
        out.setProperty(prefix + ".events", String.valueOf(events));
        out.setProperty(prefix + ".ms", String.format("%.1f", deliveryMillis));
        out.setProperty(prefix + ".from-resume.ms", String.format("%.1f", fromResumeMillis));
        out.setProperty(prefix + ".p50.us", String.valueOf(p50));
        out.setProperty(prefix + ".p90.us", String.valueOf(p90));
        out.setProperty(prefix + ".p99.us", String.valueOf(p99));
        out.setProperty(prefix + ".max.us", String.valueOf(max));
        out.setProperty(prefix + ".p50-from-request.us", String.valueOf(requestP50));
        out.setProperty(prefix + ".p99-from-request.us", String.valueOf(requestP99));
        out.setProperty(prefix + ".lost", String.valueOf(lost));
        out.setProperty(prefix + ".duplicates", String.valueOf(duplicates));
        out.setProperty(prefix + ".reconnects", String.valueOf(reconnects));
        out.setProperty(prefix + ".reconnect.p50.us", String.valueOf(reconnectP50));
        out.setProperty(prefix + ".reconnect.p99.us", String.valueOf(reconnectP99));
        out.setProperty(prefix + ".reconnect.max.us", String.valueOf(reconnectMax));
        out.setProperty(prefix + ".server-cpu.ms", String.valueOf(serverCpuMillis));
        out.setProperty(prefix + ".client-cpu.ms", String.valueOf(clientCpuMillis));
    }

    @Override
    public String toString() {
        return String.format("%d events in %.1f ms (%.1f ms after resume), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms, lost %d, duplicated %d, reconnects %d (p50 %.1f ms, p99 %.1f ms, max %.1f ms), "
                + "CPU server %d ms, client %d ms",
                events, deliveryMillis, fromResumeMillis, p50 / 1e3, p90 / 1e3, p99 / 1e3, max / 1e3, lost,
                duplicates, reconnects, reconnectP50 / 1e3, reconnectP99 / 1e3, reconnectMax / 1e3, serverCpuMillis,
                clientCpuMillis);
    }
}
