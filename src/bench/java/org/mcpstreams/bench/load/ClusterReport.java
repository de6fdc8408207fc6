package org.mcpstreams.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.mcpstreams.bench.Machine;

/**
 * Turns bench/cluster.sh's runs into {@code cluster-<date>.md} (machine, versions, settings, the
 * command, one node against two nodes, the replay map's appends) and {@code cluster-<date>.json}.
 * Arguments: the runs' folder ({@code run-<N>-<setup>.properties}, {@code backup.properties},
 * {@code loadavg-start}), the results folder, the versions, the servers' options, the setups
 * (space separated, in their order), the command, then the values of N.
 */
public final class ClusterReport {

    private static final String SETTINGS = "- Each run: the load client of `bench/load.sh` (docs/benchmarks.md, "
            + "\"Load over HTTP\"): N sessions, each with a GET stream, broadcasts of M notifications of 100 characters, "
            + "warm-up until 200,000 events and the servers' CPU settled, the median of 3 measured rounds, then the two "
            + "resume runs. Each node serves the bench WAR on Payara Micro over loopback with the options above.\n"
            + "- One node, cluster off: as `bench/load.sh` starts ours (`--nohazelcast`). One node, cluster on: "
            + "`-Dmcp.cluster.enabled=true`, its data grid on and alone (TCP/IP on loopback), so the grid's maps have no "
            + "member to back up to. Two nodes: both so, one cluster; client i sends `initialize` and "
            + "`notifications/initialized` to node i mod 2 and opens (and resumes) its GET stream on node (i + 1) mod 2; "
            + "the broadcasts are asked of node 1, which delivers to the streams it holds and routes the other half "
            + "to node 0. Every event a GET stream accepts is written to the replay map with one synchronous backup.\n"
            + "- Server CPU, RSS and heap are the sums over a setup's nodes.\n";

    private static final String BACKUP_TEXT = "One replay-map append as a member makes it (`ClusterReplicas.append` "
            + "over `HazelcastReplicaMap`, the map configured by `HazelcastSessionMap.backedUp`: one synchronous backup): "
            + "the event's set, the head's compare-and-set, and the delete of the oldest event (the streams' buffers "
            + "are full, 500 events or 256 KiB). Embedded Hazelcast members in one JVM, TCP/IP on loopback; µs per "
            + "operation, the median of the runs, one thread, a warm-up first. × is the ratio of the two columns before "
            + "it. With two members a key's owner is either member, so a write may cross to the other member before its "
            + "backup crosses back; the map without backup on the same two members separates the two.\n\n";

    private ClusterReport() {
    }

    public static void main(String[] args) throws IOException {
        Path runs = Path.of(args[0]);
        Path results = Path.of(args[1]);
        List<String> setups = Arrays.asList(args[4].trim().split("\\s+"));
        List<String> sizes = List.of(args).subList(6, args.length);
        List<Properties> all = new ArrayList<>();
        for (String n : sizes) {
            for (String setup : setups) {
                Properties run = LoadReport.read(runs.resolve("run-" + n + "-" + setup + ".properties"));
                run.setProperty("setup", setup);
                all.add(run);
            }
        }
        Properties backup = LoadReport.read(runs.resolve("backup.properties"));
        String date = LocalDate.now().toString();
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String machine = Machine.now().describe().replace("at the start", "when the report was written")
                + LoadReport.startLoad(runs);
        String heading = "- Machine: " + machine + "; the load client and the nodes share it, over loopback.\n"
                + "- JDK: " + jdk + "; " + args[2] + "; each node's options: `" + args[3].trim() + "`.\n"
                + "- Command: `" + args[5] + "`.\n";
        ClusterTables tables = new ClusterTables(all);
        Path markdown = results.resolve("cluster-" + date + ".md");
        Files.writeString(markdown, "# Cluster: one node against two, " + date + "\n\n" + heading + SETTINGS
                + "\n## Broadcast\n\n" + tables.load() + "\n## Servers\n\n" + tables.servers()
                + "\n## Resume\n" + tables.resumes(setups)
                + "\nEvery round of every run, zero lost and zero duplicated: " + (tables.clean() ? "yes" : "no") + ".\n"
                + "\n## The backup per event\n\n" + BACKUP_TEXT + ClusterTables.backup(backup)
                + "\nRuns of " + backup.getProperty("count") + " operations each, " + backup.getProperty("runs")
                + " runs, over " + backup.getProperty("streams") + " streams.\n");
        Files.writeString(results.resolve("cluster-" + date + ".json"),
                json(all, backup, date, machine, jdk, args));
        System.out.println("Wrote " + markdown + " and its .json");
        System.out.print(tables.load() + "\n" + ClusterTables.backup(backup));
    }

    private static String json(List<Properties> all, Properties backup, String date, String machine, String jdk,
            String[] args) {
        StringBuilder out = new StringBuilder("{\n  \"date\": ").append(LoadReport.quote(date))
                .append(",\n  \"machine\": ").append(LoadReport.quote(machine))
                .append(",\n  \"jdk\": ").append(LoadReport.quote(jdk))
                .append(",\n  \"versions\": ").append(LoadReport.quote(args[2]))
                .append(",\n  \"serverOptions\": ").append(LoadReport.quote(args[3].trim()))
                .append(",\n  \"command\": ").append(LoadReport.quote(args[5]))
                .append(",\n  \"runs\": ");
        LoadReport.array(out, all);
        out.append(",\n  \"backup\": ");
        LoadReport.array(out, List.of(backup));
        return out.append("\n}\n").toString();
    }
}
