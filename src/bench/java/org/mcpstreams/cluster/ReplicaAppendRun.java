package org.mcpstreams.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The cost of the replay map's backup per event, timed directly: appends of events of each size
 * as a member makes them ({@link StreamAppends} through {@link ClusterReplicas} over
 * {@link HazelcastReplicaMap}, configured by {@link HazelcastSessionMap#backedUp}) on one embedded
 * Hazelcast member (no peer to back up to), then on two (one synchronous backup), in this JVM;
 * beside them one {@code IMap.set} of an event (on a map of the same settings, and on one without
 * backup) and the floors: the same appends over a {@code ConcurrentHashMap}
 * ({@link InMemoryReplicaMap}) and a bare {@code ConcurrentHashMap.put}. Each figure is µs per
 * operation, the median of several timed runs after a warm-up; written as properties. Arguments,
 * {@code key=value}: out, ports (two, default 59720,59721), sizes (default 100,1000), runs (7),
 * count (operations per run, 2000), streams (32), cluster (its name).
 */
public final class ReplicaAppendRun {

    /** The product's buffer bounds: 500 events, 256 KiB (mcp.streams.buffer.max-events, max-bytes). */
    private static final int BUFFER_EVENTS = 500;
    private static final int BUFFER_BYTES = 256 * 1024;
    private static final int WARMUP = 5_000;

    private final Map<String, String> given;
    private final int runs;
    private final int count;
    private final int streams;
    private final Properties out = new Properties();
    /** Numbers the keys of the sets and puts: each writes a new entry, as each event is one. */
    private long sequence;

    private ReplicaAppendRun(Map<String, String> given) {
        this.given = given;
        this.runs = Integer.parseInt(given.getOrDefault("runs", "7"));
        this.count = Integer.parseInt(given.getOrDefault("count", "2000"));
        this.streams = Integer.parseInt(given.getOrDefault("streams", "32"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = Arrays.stream(args).map(arg -> arg.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        new ReplicaAppendRun(given).run();
        System.exit(0); // the members' threads are stopped; nothing else is left to wait for
    }

    private void run() throws Exception {
        List<Integer> ports = Arrays.stream(given.getOrDefault("ports", "59720,59721").split(","))
                .map(Integer::valueOf).toList();
        List<Integer> sizes = Arrays.stream(given.getOrDefault("sizes", "100,1000").split(","))
                .map(Integer::valueOf).toList();
        BenchGrid grid = new BenchGrid(given.getOrDefault("cluster", "mcp-streams-bench-" + ProcessHandle.current().pid()),
                ports);
        put("runs", runs);
        put("count", count);
        put("streams", streams);
        put("sizes", sizes.stream().map(String::valueOf).collect(Collectors.joining(",")));
        for (int bytes : sizes) {
            String data = "x".repeat(bytes);
            Map<String, String> plain = new ConcurrentHashMap<>();
            time("floor." + bytes, () -> plain.put(key(), data));
            StreamAppends memory = new StreamAppends(new InMemoryReplicaMap(), "memory", streams, keep(bytes), data);
            memory.fill();
            time("append.memory." + bytes, memory::append);
        }
        HazelcastInstance first = grid.start(0);
        measureGrid(first, sizes, "one-member");
        HazelcastInstance second = grid.start(1);
        measureGrid(first, sizes, "two-members");
        second.shutdown();
        first.shutdown();
        try (Writer file = Files.newBufferedWriter(Path.of(given.get("out")))) {
            out.store(file, "replay-map appends, µs per operation");
        }
    }

    /**
     * The appends and the sets of each size on the cluster {@code member} is in, named {@code label}:
     * the sets on a map configured as the product's, and on one without backup.
     */
    private void measureGrid(HazelcastInstance member, List<Integer> sizes, String label) {
        ReplicaMap map = HazelcastReplicaMap.open(member, Duration.ZERO);
        IMap<String, String> set = HazelcastSessionMap.backedUp(member, "bench.set", Duration.ZERO);
        IMap<String, String> noBackup = member.getMap(BenchGrid.NO_BACKUP);
        for (int bytes : sizes) {
            String data = "x".repeat(bytes);
            StreamAppends appends = new StreamAppends(map, label + "-" + bytes, streams, keep(bytes), data);
            appends.fill();
            time("append." + label + "." + bytes, appends::append);
            time("set." + label + "." + bytes, () -> set.set(key(), data));
            time("set-no-backup." + label + "." + bytes, () -> noBackup.set(key(), data));
        }
    }

    /** Warms {@code operation} up, then times {@code runs} runs of {@code count}: their µs per operation, and the median. */
    private void time(String name, Runnable operation) {
        for (int i = 0; i < WARMUP; i++) {
            operation.run();
        }
        double[] micros = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                operation.run();
            }
            micros[run] = (System.nanoTime() - start) / 1e3 / count;
        }
        List<String> each = Arrays.stream(micros).mapToObj(value -> String.format("%.2f", value)).toList();
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        put(name + ".us", String.format("%.2f", sorted[sorted.length / 2]));
        put(name + ".runs.us", String.join(",", each));
        System.out.println("[backup] " + name + ": median " + String.format("%.2f", sorted[sorted.length / 2])
                + " µs per operation, runs " + each);
    }

    /** Events a stream of events of {@code bytes} keeps with the product's default buffer. */
    private static int keep(int bytes) {
        return Math.min(BUFFER_EVENTS, BUFFER_BYTES / bytes);
    }

    private String key() {
        return "bench:" + sequence++;
    }

    private void put(String key, Object value) {
        out.setProperty(key, String.valueOf(value));
    }
}
