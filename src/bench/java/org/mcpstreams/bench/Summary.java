package org.mcpstreams.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The Markdown summary of one run: machine, JDK, settings, and per benchmark the median and
 * mean ± error of the time per operation, the allocation per operation, and the ratio of the
 * median to the median of its class's {@code baseline} (measured in the same run).
 */
final class Summary {

    /** The benchmarks in the order of the table, with what each measures. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("SendBenchmark.send", "send: one stream");
        ROWS.put("SendBenchmark.deliverOneLiveStream", "deliver: session with 1 live stream");
        ROWS.put("SendBenchmark.deliverThreeStreamsOneLive", "deliver: session with 3 streams, 1 live");
        ROWS.put("SendBenchmark.baseline", "baseline: map lookup + ArrayDeque write");
        ROWS.put("BroadcastBenchmark.broadcast", "broadcast: 10,000 sessions");
        ROWS.put("BroadcastBenchmark.baseline", "baseline: 10,000 × lookup + write");
        ROWS.put("ReplayBenchmark.replayAfter", "replayAfter: 1,000 events as a list");
        ROWS.put("ReplayBenchmark.resume", "resume: 1,000 events written to a sink");
        ROWS.put("ReplayBenchmark.baseline", "baseline: copy 1,000 from an ArrayDeque");
    }

    private final List<RunResult> results;
    private final Machine machine;
    private final String date;
    private final String jsonName;

    Summary(Collection<RunResult> results, Machine machine, String date, String jsonName) {
        this.results = new ArrayList<>(results);
        this.results.sort(Comparator.comparingInt(r -> order(name(r))));
        this.machine = machine;
        this.date = date;
        this.jsonName = jsonName;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Registry benchmarks, ").append(date).append("\n\n");
        if (!results.isEmpty()) {
            BenchmarkParams params = results.get(0).getParams();
            out.append("- Machine: ").append(machine.describe())
                    .append(". Other processes were running: compare ratios, not absolute numbers.\n");
            out.append("- JDK: ").append(params.getVmName()).append(' ').append(params.getVmVersion())
                    .append(" (").append(params.getJdkVersion()).append("); JMH ").append(params.getJmhVersion()).append('\n');
        }
        out.append("- Settings: `").append(BenchRunner.SETTINGS).append("`. Raw results: `").append(jsonName).append("`.\n");
        out.append("- Registry: system clock, direct executor (`Runnable::run`), connections that discard every write; ")
                .append("message 100 bytes; default limits but 1,024 buffered events for the replay.\n");
        out.append("- median: of the 10 measured iterations; score ± error: JMH's mean and 99.9% confidence half-width; ")
                .append("alloc: `gc.alloc.rate.norm`; ")
                .append("× baseline: median / median of the baseline of the same group (same class).\n\n");
        out.append("| benchmark | median ns/op | score ± error ns/op | ops/s (median) | alloc B/op | × baseline |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (RunResult result : results) {
            row(out, result);
        }
        broadcastPerEvent(out);
        return out.toString();
    }

    private void row(StringBuilder out, RunResult result) {
        Result<?> time = result.getPrimaryResult();
        double median = median(result);
        Optional<Double> base = baseline(result).map(Summary::median);
        out.append("| ").append(ROWS.getOrDefault(name(result), name(result)))
                .append(" | ").append(number(median))
                .append(" | ").append(number(time.getScore())).append(" ± ").append(number(time.getScoreError()))
                .append(" | ").append(perSecond(1e9 / median))
                .append(" | ").append(alloc(result).map(b -> String.format(Locale.ROOT, "%,.0f", b)).orElse("–"))
                .append(" | ").append(name(result).endsWith(".baseline") ? "1" : base.map(b -> ratio(median / b)).orElse("–"))
                .append(" |\n");
    }

    /** One broadcast is {@link BroadcastBenchmark#SESSIONS} events: the cost of each. */
    private void broadcastPerEvent(StringBuilder out) {
        int events = BroadcastBenchmark.SESSIONS;
        List<String> parts = new ArrayList<>();
        for (RunResult result : results) {
            if (name(result).startsWith("BroadcastBenchmark.")) {
                parts.add(String.format(Locale.ROOT, "%s %s ns and %.1f B",
                        name(result).endsWith(".baseline") ? "baseline" : "registry",
                        number(median(result) / events), alloc(result).orElse(Double.NaN) / events));
            }
        }
        if (!parts.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nBroadcast per event (median / %,d): ", events))
                    .append(String.join("; ", parts)).append(".\n");
        }
    }

    private Optional<RunResult> baseline(RunResult result) {
        String clazz = name(result).substring(0, name(result).indexOf('.'));
        return results.stream().filter(r -> name(r).equals(clazz + ".baseline")).findFirst();
    }

    static double median(RunResult result) {
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    static Optional<Double> alloc(RunResult result) {
        return result.getSecondaryResults().entrySet().stream()
                .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .map(e -> e.getValue().getScore()).findFirst();
    }

    /** {@code SendBenchmark.send} for {@code org.mcpstreams.bench.SendBenchmark.send}. */
    static String name(RunResult result) {
        String full = result.getParams().getBenchmark();
        String[] parts = full.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static int order(String name) {
        int i = new ArrayList<>(ROWS.keySet()).indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value < 100 ? "%,.1f" : "%,.0f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String perSecond(double value) {
        if (value >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", value / 1e6);
        }
        return value >= 1e3 ? String.format(Locale.ROOT, "%.1f k", value / 1e3) : String.format(Locale.ROOT, "%.0f", value);
    }
}
