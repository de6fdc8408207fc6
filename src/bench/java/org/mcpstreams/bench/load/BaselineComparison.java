package org.mcpstreams.bench.load;

import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Our figures beside the baseline server's (same client, same N, M and rounds, measured in the
 * same invocation), with the ratio ours / baseline: the machine is noisy, the ratio less so.
 */
final class BaselineComparison {

    /** One compared figure: its label, how a run shows it, and the number the ratio is taken of. */
    private record Figure(String label, Function<Properties, String> shown, String key) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("streams opened in", run -> LoadTables.seconds(run, "setup.ms"), "setup.ms"),
            new Figure("all N×M events in", run -> LoadTables.ms(run, "broadcast.ms"), "broadcast.ms"),
            new Figure("p50", run -> LoadTables.us(run, "broadcast.p50.us"), "broadcast.p50.us"),
            new Figure("p99", run -> LoadTables.us(run, "broadcast.p99.us"), "broadcast.p99.us"),
            new Figure("heap per idle stream", run -> LoadTables.kb(run, "heap.per.stream.bytes"), "heap.per.stream.bytes"));

    private final List<Properties> ours;
    private final List<Properties> baselines;

    /** @param baselines the baseline's run for each of {@code ours}, in the same order */
    BaselineComparison(List<Properties> ours, List<Properties> baselines) {
        if (ours.size() != baselines.size()) {
            throw new IllegalArgumentException(
                    "one baseline run per run: " + ours.size() + " runs, " + baselines.size() + " baselines");
        }
        this.ours = ours;
        this.baselines = baselines;
    }

    String table() {
        StringBuilder out = new StringBuilder("| N | figure (median round) | ours | baseline | ours / baseline |\n"
                + "|---:|---|---:|---:|---:|\n");
        for (int i = 0; i < ours.size(); i++) {
            for (Figure figure : FIGURES) {
                out.append("| ").append(ours.get(i).getProperty("n")).append(" | ").append(figure.label()).append(" | ")
                        .append(figure.shown().apply(ours.get(i))).append(" | ")
                        .append(figure.shown().apply(baselines.get(i))).append(" | ")
                        .append(ratio(ours.get(i), baselines.get(i), figure.key())).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The baseline's own lines: its rounds, CPU, resume counts and the load average. */
    String notes() {
        return "- Baseline, measured rounds (ms): " + perRun(run -> run.getProperty("broadcast.rounds.ms")) + ".\n"
                + "- Baseline CPU in the median round: " + perRun(run -> run.getProperty("broadcast.server-cpu.ms")
                        + " ms (client " + run.getProperty("broadcast.client-cpu.ms") + " ms)") + ".\n"
                + "- Baseline resume, lost / dup. (cut after half; cut while the server sends): " + perRun(run ->
                        run.getProperty("resume.lost") + " / " + run.getProperty("resume.duplicates") + "; "
                                + run.getProperty("away.lost") + " / " + run.getProperty("away.duplicates")) + ".\n"
                + "- Baseline, load average at the start → end of the run: " + perRun(run ->
                        run.getProperty("loadavg.start", "–") + " → " + run.getProperty("loadavg.end", "–")) + ".\n";
    }

    private String perRun(Function<Properties, String> value) {
        return String.join("; ", baselines.stream().map(run -> "N=" + run.getProperty("n") + ": " + value.apply(run)).toList());
    }

    private static String ratio(Properties ours, Properties baseline, String key) {
        double mine = Double.parseDouble(ours.getProperty(key));
        double theirs = Double.parseDouble(baseline.getProperty(key));
        return mine < 0 || theirs <= 0 ? "–" : String.format("%.1f", mine / theirs);
    }
}
