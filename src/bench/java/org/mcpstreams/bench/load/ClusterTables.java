package org.mcpstreams.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The Markdown tables of the cluster benchmark: each setup's load runs, their resumes, and the replay map's appends. */
final class ClusterTables {

    /** Each setup's name in the tables, by its name in the runs' files. */
    static final Map<String, String> SETUPS = Map.of(
            "single", "one node, cluster off",
            "member", "one node, cluster on (alone)",
            "pair", "two nodes");

    private static final String LOAD_HEADER = "| N | setup | sessions initialized in | streams opened in "
            + "| all N×M events in | × one node | events/s | p50 | p99 | p50 from request | p99 from request | lost | dup. |\n"
            + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private static final String SERVER_HEADER = "| N | setup | CPU to initialize + open | CPU in the median round "
            + "| RSS idle | RSS with N streams | heap idle | heap with N streams |\n"
            + "|---:|---|---:|---:|---:|---:|---:|---:|\n";

    private final List<Properties> runs;

    /** @param runs every setup's run at every N, each with its {@code setup} */
    ClusterTables(List<Properties> runs) {
        this.runs = runs;
    }

    String load() {
        StringBuilder out = new StringBuilder(LOAD_HEADER);
        for (Properties run : runs) {
            double millis = Double.parseDouble(run.getProperty("broadcast.ms"));
            long events = Long.parseLong(run.getProperty("n")) * Long.parseLong(run.getProperty("m"));
            out.append("| ").append(run.getProperty("n")).append(" | ").append(setup(run)).append(" | ")
                    .append(LoadTables.seconds(run, "setup.initialize.ms")).append(" | ")
                    .append(LoadTables.seconds(run, "setup.streams.ms")).append(" | ")
                    .append(LoadTables.ms(run, "broadcast.ms")).append(" | ").append(againstOneNode(run)).append(" | ")
                    .append(millis > 0 ? String.format("%,.0f", events * 1000 / millis) : "–").append(" | ")
                    .append(LoadTables.us(run, "broadcast.p50.us")).append(" | ")
                    .append(LoadTables.us(run, "broadcast.p99.us")).append(" | ")
                    .append(LoadTables.us(run, "broadcast.p50-from-request.us")).append(" | ")
                    .append(LoadTables.us(run, "broadcast.p99-from-request.us")).append(" | ")
                    .append(run.getProperty("broadcast.lost")).append(" | ")
                    .append(run.getProperty("broadcast.duplicates")).append(" |\n");
        }
        return out.toString();
    }

    /** The run's time for all events over that of one node, cluster off, at the same N; – without that run. */
    private String againstOneNode(Properties run) {
        return runs.stream().filter(base -> "single".equals(base.getProperty("setup"))
                && base.getProperty("n").equals(run.getProperty("n"))).findFirst()
                .map(base -> Double.parseDouble(run.getProperty("broadcast.ms"))
                        / Double.parseDouble(base.getProperty("broadcast.ms")))
                .filter(ratio -> ratio > 0).map(ratio -> String.format("%.1f", ratio)).orElse("–");
    }

    /** CPU and memory of the servers: the sums over the nodes of a setup. */
    String servers() {
        StringBuilder out = new StringBuilder(SERVER_HEADER);
        for (Properties run : runs) {
            out.append("| ").append(run.getProperty("n")).append(" | ").append(setup(run)).append(" | ")
                    .append(run.getProperty("setup.initialize.server-cpu.ms")).append(" + ")
                    .append(run.getProperty("setup.streams.server-cpu.ms")).append(" ms | ")
                    .append(run.getProperty("broadcast.server-cpu.ms")).append(" ms | ")
                    .append(LoadTables.mib(run, "idle.rss.kb")).append(" | ")
                    .append(LoadTables.mib(run, "streams.rss.kb")).append(" | ")
                    .append(LoadTables.mib(run, "idle.heap.kb")).append(" | ")
                    .append(LoadTables.mib(run, "streams.heap.kb")).append(" |\n");
        }
        return out.toString();
    }

    /** The resume runs of each setup, as the load report shows them. */
    String resumes(List<String> setups) {
        StringBuilder out = new StringBuilder();
        for (String setup : setups) {
            List<Properties> mine = runs.stream().filter(run -> setup.equals(run.getProperty("setup"))).toList();
            if (!mine.isEmpty()) {
                out.append("\n### ").append(SETUPS.getOrDefault(setup, setup)).append("\n\n")
                        .append(LoadTables.resume(mine));
            }
        }
        return out.toString();
    }

    /** Zero lost and zero duplicated in every round of every run. */
    boolean clean() {
        return runs.stream().allMatch(run -> List.of("broadcast", "resume", "away").stream()
                .allMatch(round -> "0".equals(run.getProperty(round + ".lost"))
                        && "0".equals(run.getProperty(round + ".duplicates"))));
    }

    /** The replay map's appends and sets of each event size, µs per operation, and the ratios. */
    static String backup(Properties figures) {
        StringBuilder out = new StringBuilder("| event | ConcurrentHashMap put | append over a ConcurrentHashMap "
                + "| append, one member | append, two members | × | IMap.set, one member | IMap.set, two members "
                + "| IMap.set, two members, no backup | × |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String bytes : figures.getProperty("sizes").split(",")) {
            out.append("| ").append(bytes).append(" B | ").append(us(figures, "floor." + bytes)).append(" | ")
                    .append(us(figures, "append.memory." + bytes)).append(" | ")
                    .append(us(figures, "append.one-member." + bytes)).append(" | ")
                    .append(us(figures, "append.two-members." + bytes)).append(" | ")
                    .append(ratio(figures, "append.two-members." + bytes, "append.one-member." + bytes)).append(" | ")
                    .append(us(figures, "set.one-member." + bytes)).append(" | ")
                    .append(us(figures, "set.two-members." + bytes)).append(" | ")
                    .append(us(figures, "set-no-backup.two-members." + bytes)).append(" | ")
                    .append(ratio(figures, "set.two-members." + bytes, "set-no-backup.two-members." + bytes))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String us(Properties figures, String name) {
        return String.format("%.1f µs", Double.parseDouble(figures.getProperty(name + ".us")));
    }

    private static String ratio(Properties figures, String name, String base) {
        return String.format("%.1f", Double.parseDouble(figures.getProperty(name + ".us"))
                / Double.parseDouble(figures.getProperty(base + ".us")));
    }

    private static String setup(Properties run) {
        return SETUPS.getOrDefault(run.getProperty("setup"), run.getProperty("setup"));
    }
}
