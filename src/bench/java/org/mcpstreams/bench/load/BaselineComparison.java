package org.mcpstreams.bench.load;

import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Our figures beside those of the servers measured after ours (same client, same N, M and rounds,
 * in the same invocation: the minimal baseline, the Java SDK), with the ratio ours / each: the
 * machine is noisy, the ratios less so.
 */
final class BaselineComparison {

    /**
     * A server measured beside ours: the key of its run files, its name in the tables, its JVM
     * options, its versions (empty when they are the JDK's), what it is, and its run for each of
     * ours, in the same order.
     */
    record Baseline(String key, String name, String options, String versions, String description, List<Properties> runs) {
    }

    /** One compared figure: its label, how a run shows it, and the number the ratio is taken of. */
    private record Figure(String label, Function<Properties, String> shown, String key) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("N sessions initialized in", run -> LoadTables.seconds(run, "setup.initialize.ms"),
                    "setup.initialize.ms"),
            new Figure("then N GET streams opened in", run -> LoadTables.seconds(run, "setup.streams.ms"),
                    "setup.streams.ms"),
            new Figure("all N×M events in", run -> LoadTables.ms(run, "broadcast.ms"), "broadcast.ms"),
            new Figure("p50", run -> LoadTables.us(run, "broadcast.p50.us"), "broadcast.p50.us"),
            new Figure("p99", run -> LoadTables.us(run, "broadcast.p99.us"), "broadcast.p99.us"),
            new Figure("p50 from the broadcast request", run -> LoadTables.us(run, "broadcast.p50-from-request.us"),
                    "broadcast.p50-from-request.us"),
            new Figure("p99 from the broadcast request", run -> LoadTables.us(run, "broadcast.p99-from-request.us"),
                    "broadcast.p99-from-request.us"),
            new Figure("heap per idle stream", run -> LoadTables.kb(run, "heap.per.stream.bytes"), "heap.per.stream.bytes"));

    private final List<Properties> ours;
    private final List<Baseline> baselines;

    /** @throws IllegalArgumentException when a baseline has not one run per run of ours */
    BaselineComparison(List<Properties> ours, List<Baseline> baselines) {
        for (Baseline baseline : baselines) {
            if (baseline.runs().size() != ours.size()) {
                throw new IllegalArgumentException("one " + baseline.name() + " run per run: " + ours.size() + " runs, "
                        + baseline.runs().size() + " of the " + baseline.name());
            }
        }
        this.ours = ours;
        this.baselines = baselines;
    }

    String table() {
        StringBuilder out = new StringBuilder("| N | figure (median round) | ours |");
        baselines.forEach(baseline -> out.append(' ').append(baseline.name()).append(" |"));
        baselines.forEach(baseline -> out.append(" ours / ").append(baseline.name()).append(" |"));
        out.append("\n|---:|---|---:|").append("---:|".repeat(2 * baselines.size())).append('\n');
        for (int i = 0; i < ours.size(); i++) {
            Properties mine = ours.get(i);
            for (Figure figure : FIGURES) {
                out.append("| ").append(mine.getProperty("n")).append(" | ").append(figure.label()).append(" | ")
                        .append(figure.shown().apply(mine)).append(" |");
                for (Baseline baseline : baselines) {
                    out.append(' ').append(figure.shown().apply(baseline.runs().get(i))).append(" |");
                }
                for (Baseline baseline : baselines) {
                    out.append(' ').append(ratio(mine, baseline.runs().get(i), figure.key())).append(" |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Each baseline's own lines: its rounds, CPU, resume counts and the load average. */
    String notes() {
        StringBuilder out = new StringBuilder();
        for (Baseline baseline : baselines) {
            String name = Character.toUpperCase(baseline.name().charAt(0)) + baseline.name().substring(1);
            out.append("- ").append(name).append(", measured rounds (ms): ")
                    .append(perRun(baseline, run -> run.getProperty("broadcast.rounds.ms"))).append(".\n")
                    .append("- ").append(name).append(", CPU in the median round: ")
                    .append(perRun(baseline, run -> run.getProperty("broadcast.server-cpu.ms") + " ms (client "
                            + run.getProperty("broadcast.client-cpu.ms") + " ms)")).append(".\n")
                    .append("- ").append(name).append(", resume, lost / dup. (cut after half; cut while the server sends): ")
                    .append(perRun(baseline, run -> run.getProperty("resume.lost") + " / "
                            + run.getProperty("resume.duplicates") + "; " + run.getProperty("away.lost") + " / "
                            + run.getProperty("away.duplicates"))).append(".\n")
                    .append("- ").append(name).append(", load average at the start → end of the run: ")
                    .append(perRun(baseline, run -> run.getProperty("loadavg.start", "–") + " → "
                            + run.getProperty("loadavg.end", "–"))).append(".\n");
        }
        return out.toString();
    }

    private static String perRun(Baseline baseline, Function<Properties, String> value) {
        return String.join("; ", baseline.runs().stream()
                .map(run -> "N=" + run.getProperty("n") + ": " + value.apply(run)).toList());
    }

    private static String ratio(Properties ours, Properties baseline, String key) {
        double mine = Double.parseDouble(ours.getProperty(key));
        double theirs = Double.parseDouble(baseline.getProperty(key));
        return mine < 0 || theirs <= 0 ? "–" : String.format("%.1f", mine / theirs);
    }
}
