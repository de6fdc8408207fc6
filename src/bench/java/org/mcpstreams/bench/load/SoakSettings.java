package org.mcpstreams.bench.load;

import java.nio.file.Path;

/**
 * The soak run's arguments, {@code key=value}: port, pid (the server's process), streams,
 * minutes, broadcast-every-ms, per-broadcast, bytes, drops-per-minute and replacements-per-minute
 * (each a share of the streams, 0.2 = a fifth every minute), max-away-ms, max-opening, out (a
 * folder for the class histograms), results (the folder of the report), and for the report:
 * payara (its version), server-options, command, loadavg-start (the load average before the
 * server started).
 */
record SoakSettings(int port, long pid, int streams, int minutes, long broadcastEveryMillis, int perBroadcast, int bytes,
        double dropShare, double replaceShare, int maxAwayMillis, int maxOpening, Path out, Path results, String payara,
        String serverOptions, String command, String loadStart) {

    static SoakSettings parse(String[] args) {
        Arguments given = new Arguments(args);
        return new SoakSettings(given.integer("port", 18380),
                Long.parseLong(given.required("pid")),
                given.integer("streams", 10_000),
                given.integer("minutes", 10),
                given.number("broadcast-every-ms", 1000),
                given.integer("per-broadcast", 2),
                given.integer("bytes", 100),
                given.decimal("drops-per-minute", 0.2),
                given.decimal("replacements-per-minute", 0.1),
                given.integer("max-away-ms", 3000),
                given.integer("max-opening", 256),
                Path.of(given.text("out", "target/soak")),
                Path.of(given.text("results", "bench/results")),
                given.text("payara", "unknown"),
                given.text("server-options", ""),
                given.text("command", "bash bench/soak.sh"),
                given.text("loadavg-start", "unknown"));
    }

    SoakFleet.Churn churn() {
        return new SoakFleet.Churn(streams * dropShare, streams * replaceShare, maxAwayMillis);
    }
}
