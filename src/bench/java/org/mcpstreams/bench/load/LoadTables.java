package org.mcpstreams.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.mcpstreams.bench.load.BaselineComparison.Baseline;

/** The Markdown tables of the load runs, and the verdict on each target. */
final class LoadTables {

    private static final String BROADCAST_HEADER =
            "| N | streams opened in | all N×M events in | events/s | p50 | p90 | p99 | max | lost | dup. |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private static final String BASELINES_TEXT = "The same client, N, M and rounds against each server below, "
            + "started one after the other right after ours for each N; heap per stream is measured the same way on "
            + "each JVM.\n\n";

    private static final String RESUME_TEXT = "\nReconnect: from the client's decision to resume to the new stream's "
            + "priming event (to the GET's 200 for a server that sends none). \"All delivered in\": from the trigger "
            + "(first run) or from the resume (second run) to the last event; – when some never arrived (the round "
            + "ended after 15 s without any event): those are the lost ones.\n";

    private final List<Properties> runs;
    private final List<Baseline> baselines;
    private final BaselineComparison comparison;
    private final Path folder;

    /**
     * @param baselines the servers measured after ours, each with a run for each of {@code runs}; or none
     * @param folder where the runs' class histograms are
     */
    LoadTables(List<Properties> runs, List<Baseline> baselines, Path folder) {
        this.runs = runs;
        this.baselines = baselines;
        this.comparison = baselines.isEmpty() ? null : new BaselineComparison(runs, baselines);
        this.folder = folder;
    }

    String markdown(String date, String heading) throws IOException {
        StringBuilder out = new StringBuilder("# Load over HTTP, ").append(date).append("\n\n").append(heading)
                .append("- Each run: N sessions (`initialize`, `notifications/initialized`, then a GET stream on `/mcp`, ")
                .append("protocol 2025-11-25), then broadcasts of M notifications from the server (`POST /bench/broadcast` ")
                .append("of the bench WAR), each carrying its send time; latency = receive time − send time. ")
                .append("Warm-up rounds until 200,000 events were delivered and the server's CPU settled (the JIT ")
                .append("compiles the delivery path for seconds after the streams open), then 3 measured rounds: ")
                .append("the table shows the median round.\n")
                .append("- Memory: RSS from `/proc/<pid>/status`; heap = used after two `jcmd GC.run`; ")
                .append("per stream = (heap with N streams − idle heap) / N, streams idle.\n\n")
                .append("## Broadcast\n\n").append(readmeTable())
                .append('\n')
                .append(perRun("First (cold) round, all N×M events in", run -> ms(run, "cold.ms")))
                .append(perRun("Warm-up rounds, and the wait for the server's CPU to settle after them",
                        run -> run.getProperty("warmup.rounds", "–") + ", " + run.getProperty("warmup.settle.ms", "–")
                                + " ms"))
                .append(perRun("Measured rounds (ms)", run -> run.getProperty("broadcast.rounds.ms")))
                .append(perRun("Server CPU in the median round", run -> run.getProperty("broadcast.server-cpu.ms")
                        + " ms (client " + run.getProperty("broadcast.client-cpu.ms") + " ms)"))
                .append(perRun("Sessions initialized (`initialize` + `notifications/initialized`), then GET streams "
                        + "opened", run -> seconds(run, "setup.initialize.ms") + " + " + seconds(run, "setup.streams.ms")))
                .append(perRun("Server CPU to initialize the sessions, then to open the streams",
                        run -> run.getProperty("setup.initialize.server-cpu.ms", "–") + " + "
                                + run.getProperty("setup.streams.server-cpu.ms", "–") + " ms"))
                .append(perRun("Load average (1, 5, 15 min) at the start → end of the run",
                        run -> run.getProperty("loadavg.start", "–") + " → " + run.getProperty("loadavg.end", "–")));
        if (comparison != null) {
            out.append("\n## Against the baselines\n\n").append(BASELINES_TEXT);
            baselines.forEach(baseline -> out.append("- ").append(baseline.name()).append(": ")
                    .append(baseline.description()).append('\n'));
            out.append('\n').append(comparison.table()).append('\n').append(comparison.notes());
        }
        out.append("\n## Memory\n\n").append(memory()).append(owners())
                .append("\n## Resume\n\n").append(resume(runs)).append(RESUME_TEXT);
        for (Baseline baseline : baselines) {
            out.append("\nThe same resume runs against the ").append(baseline.name()).append(":\n\n")
                    .append(resume(baseline.runs()));
        }
        return out.append("\n## Targets\n\n").append(targets()).toString();
    }

    /** One line: {@code label}, then each run's N and value. */
    private String perRun(String label, Function<Properties, String> value) {
        return "- " + label + ": "
                + String.join("; ", runs.stream().map(run -> "N=" + run.getProperty("n") + ": " + value.apply(run)).toList())
                + ".\n";
    }

    /** The comparison with the baselines, or nothing when there was no baseline run. */
    String baselineTable() {
        return comparison == null ? "" : comparison.table();
    }

    String readmeTable() {
        StringBuilder out = new StringBuilder(BROADCAST_HEADER);
        for (Properties run : runs) {
            double millis = Double.parseDouble(run.getProperty("broadcast.ms"));
            long events = Long.parseLong(run.getProperty("n")) * Long.parseLong(run.getProperty("m"));
            out.append("| ").append(run.getProperty("n")).append(" | ").append(seconds(run, "setup.ms"))
                    .append(" | ").append(ms(run, "broadcast.ms")).append(" | ")
                    .append(millis > 0 ? String.format("%,.0f", events * 1000 / millis) : "–")
                    .append(" | ").append(us(run, "broadcast.p50.us")).append(" | ").append(us(run, "broadcast.p90.us"))
                    .append(" | ").append(us(run, "broadcast.p99.us")).append(" | ").append(us(run, "broadcast.max.us"))
                    .append(" | ").append(run.getProperty("broadcast.lost")).append(" | ")
                    .append(run.getProperty("broadcast.duplicates")).append(" |\n");
        }
        return out.toString();
    }

    private String memory() {
        StringBuilder out = new StringBuilder(
                "| N | RSS idle | RSS with N streams | heap idle | heap with N streams | heap per stream |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (Properties run : runs) {
            out.append("| ").append(run.getProperty("n")).append(" | ").append(mib(run, "idle.rss.kb")).append(" | ")
                    .append(mib(run, "streams.rss.kb")).append(" | ").append(mib(run, "idle.heap.kb")).append(" | ")
                    .append(mib(run, "streams.heap.kb")).append(" | ")
                    .append(kb(run, "heap.per.stream.bytes"))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The heap per stream by owner, from the class histograms of the largest run. */
    private String owners() throws IOException {
        Properties largest = runs.get(runs.size() - 1);
        String n = largest.getProperty("n");
        Map<String, Long> owners = HeapBreakdown.perStream(folder.resolve("idle-histogram-" + n + ".txt"),
                folder.resolve("histogram-" + n + ".txt"), Integer.parseInt(largest.getProperty("setup.open")));
        if (owners.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nHeap per stream by owner at N=").append(n)
                .append(" (class histograms of live objects, idle and with the streams, top 400 classes):\n\n")
                .append("| owner | bytes per stream |\n|---|---:|\n");
        owners.forEach((owner, bytes) -> out.append("| ").append(owner).append(" | ")
                .append(String.format("%,d", bytes)).append(" |\n"));
        return out.toString();
    }

    static String resume(List<Properties> runs) {
        StringBuilder out = new StringBuilder(
                "| N | run | events received | lost | dup. | reconnect p50 | p99 | max | all delivered in |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Properties run : runs) {
            row(out, run, "resume", "cut after " + Integer.parseInt(run.getProperty("m")) / 2 + " events, resumed at once", "ms");
            row(out, run, "away", "cut; server sends the rest while away; resumed 1.2 s later", "from-resume.ms");
        }
        return out.append("\nUnplanned stream ends (resumed by the client): ")
                .append(String.join(", ", runs.stream()
                        .map(r -> "N=" + r.getProperty("n") + ": " + r.getProperty("unplanned.ends")).toList()))
                .append(".\n").toString();
    }

    private static void row(StringBuilder out, Properties run, String prefix, String label, String total) {
        out.append("| ").append(run.getProperty("n")).append(" | ").append(label).append(" | ")
                .append(run.getProperty(prefix + ".events")).append(" | ").append(run.getProperty(prefix + ".lost"))
                .append(" | ").append(run.getProperty(prefix + ".duplicates")).append(" | ")
                .append(us(run, prefix + ".reconnect.p50.us")).append(" | ").append(us(run, prefix + ".reconnect.p99.us"))
                .append(" | ").append(us(run, prefix + ".reconnect.max.us")).append(" | ").append(ms(run, prefix + "." + total))
                .append(" |\n");
    }

    /** The targets at N=5,000, against the Java SDK's run beside ours where there is one; resume at every N. */
    private String targets() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Properties run = runs.get(i);
            if (Integer.parseInt(run.getProperty("n")) != 5_000) {
                continue;
            }
            Properties sdk = sdkRun(i);
            long perStream = Long.parseLong(run.getProperty("heap.per.stream.bytes"));
            out.append(target("all 50,000 events in at most half the Java SDK's time (twice its throughput)", run, sdk,
                    "broadcast.ms", 0.5, r -> ms(r, "broadcast.ms")))
                    .append(target("p99 latency no worse than the Java SDK's", run, sdk, "broadcast.p99.us", 1.0,
                            r -> us(r, "broadcast.p99.us")))
                    .append(target("p99 latency at most half the Java SDK's (the goal)", run, sdk, "broadcast.p99.us", 0.5,
                            r -> us(r, "broadcast.p99.us")))
                    .append(target("5,000 sessions initialized at least as fast as by the Java SDK", run, sdk,
                            "setup.initialize.ms", 1.0, r -> seconds(r, "setup.initialize.ms")))
                    .append(target("5,000 GET streams opened at least as fast as by the Java SDK", run, sdk,
                            "setup.streams.ms", 1.0, r -> seconds(r, "setup.streams.ms")))
                    .append("- N=5,000, heap per idle session with its stream ≤ 16 kB: ")
                    .append(perStream > 0 && perStream <= 16 * 1024 ? "met" : "missed")
                    .append(" (").append(kb(run, "heap.per.stream.bytes"))
                    .append(baselineNote(i, r -> kb(r, "heap.per.stream.bytes"))).append(").\n");
        }
        boolean clean = runs.stream().allMatch(run -> "0".equals(run.getProperty("resume.lost"))
                && "0".equals(run.getProperty("resume.duplicates")) && "0".equals(run.getProperty("away.lost"))
                && "0".equals(run.getProperty("away.duplicates")));
        return out.append("- Resume, both runs, every N: zero lost and zero duplicated: ")
                .append(clean ? "met" : "missed").append(".\n").toString();
    }

    /** The Java SDK's run beside run {@code index}, or null when it was not measured. */
    private Properties sdkRun(int index) {
        return baselines.stream().filter(baseline -> baseline.key().equals("sdk")).findFirst()
                .map(baseline -> baseline.runs().get(index)).orElse(null);
    }

    /** {@code - N=5,000, <label>: met|missed (ours; the SDK's)}: ours at most {@code factor} times the SDK's figure. */
    private static String target(String label, Properties run, Properties sdk, String key, double factor,
            Function<Properties, String> shown) {
        String verdict = "not measured (no Java SDK run)";
        String theirs = "";
        if (sdk != null) {
            double mine = Double.parseDouble(run.getProperty(key));
            double limit = Double.parseDouble(sdk.getProperty(key)) * factor;
            verdict = mine >= 0 && mine <= limit ? "met" : "missed";
            theirs = "; Java SDK " + shown.apply(sdk);
        }
        return "- N=5,000, " + label + ": " + verdict + " (ours " + shown.apply(run) + theirs + ").\n";
    }

    /** {@code "; <baseline> <value>"} for each baseline's run beside run {@code index}; empty without one. */
    private String baselineNote(int index, Function<Properties, String> value) {
        return String.join("", baselines.stream()
                .map(baseline -> "; " + baseline.name() + " " + value.apply(baseline.runs().get(index))).toList());
    }

    static String ms(Properties run, String key) {
        double value = Double.parseDouble(run.getProperty(key));
        return value < 0 ? "–" : String.format("%,.0f ms", value);
    }

    static String seconds(Properties run, String key) {
        return String.format("%.1f s", Double.parseDouble(run.getProperty(key)) / 1000);
    }

    static String us(Properties run, String key) {
        long value = Long.parseLong(run.getProperty(key));
        return value < 0 ? "–" : String.format("%.1f ms", value / 1000.0);
    }

    static String kb(Properties run, String bytesKey) {
        long value = Long.parseLong(run.getProperty(bytesKey));
        return value < 0 ? "–" : String.format("%.1f kB", value / 1024.0);
    }

    static String mib(Properties run, String key) {
        return String.format("%.0f MiB", Long.parseLong(run.getProperty(key)) / 1024.0);
    }
}
