package org.mcpstreams.bench.load;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.mcpstreams.bench.Machine;

/**
 * One load run against a server already started: opens N sessions with a GET stream each,
 * measures the server's memory idle and with the streams, then times broadcasts (warm-up
 * rounds until the server is compiled and settled, then measured ones), a round whose every
 * stream is cut halfway and resumed, and one whose clients are away while the server sends.
 * Writes its figures as properties. A round ends when every client has all its events, or when
 * none arrived for {@value #QUIET_SECONDS} s: what is still missing then counts as lost.
 * Arguments are {@code key=value}: port, pid, n, m, bytes, rounds, warmup-events, max-opening,
 * opened-by ({@link OpenedBy}: priming-event, the default, or headers), out, histogram. Against
 * the nodes of a cluster, {@code ports=P1,P2} and {@code pid=PID1,PID2} instead of port and pid:
 * each session uses two nodes ({@link Placement}), the broadcasts are asked of the last node, and
 * the servers' CPU, memory and heap are the sums over the nodes.
 */
public final class LoadRun {

    private static final String HOST = "127.0.0.1";
    private static final long ROUND_TIMEOUT_SECONDS = 120;
    /** A round whose clients got no event for this long is over: a server that lost events. */
    private static final long QUIET_SECONDS = 15;
    /** Server CPU per second of wall time below which the warm-up counts as settled. */
    private static final long SETTLED_CPU_MILLIS_PER_SECOND = 100;

    private final Settings settings;
    private final ServerProbe probe;
    private final Trigger trigger;
    private final List<Trigger> nodes;
    private final Properties out = new Properties();

    private LoadRun(Settings settings) {
        this.settings = settings;
        this.probe = new ServerProbe(settings.pids());
        this.nodes = settings.ports().stream().map(port -> new Trigger(HOST, port)).toList();
        this.trigger = nodes.get(nodes.size() - 1);
    }

    public static void main(String[] args) throws Exception {
        new LoadRun(Settings.parse(args)).run();
    }

    private void run() throws Exception {
        put("n", settings.n());
        put("nodes", settings.ports().size());
        put("m", settings.m());
        put("bytes", settings.bytes());
        put("opened.by", settings.openedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        put("loadavg.start", Machine.now().loadAverage());
        long heapIdle = probe.heapAfterGcKb();
        put("idle.heap.kb", heapIdle);
        if (settings.histogram() != null) {
            Files.writeString(settings.histogram().resolveSibling("idle-" + settings.histogram().getFileName()),
                    probe.histogram(400));
        }
        put("idle.rss.kb", probe.rssKb());
        try (Fleet fleet = new Fleet(HOST, settings.ports(), settings.n(), settings.maxOpening(), settings.openedBy())) {
            openStreams(fleet, heapIdle);
            int number = warmUp(fleet);
            List<RoundFigures> measured = new ArrayList<>();
            for (int i = 0; i < settings.rounds(); i++, number++) {
                measured.add(plainRound(fleet, number));
                log("round " + number + ": " + measured.get(i));
                Thread.sleep(500);
            }
            measured.sort(Comparator.comparingDouble(RoundFigures::deliveryMillis));
            measured.get(measured.size() / 2).put(out, "broadcast");
            put("broadcast.rounds.ms", measured.stream().map(r -> String.format("%.0f", r.deliveryMillis())).toList());
            RoundFigures cut = cutHalfway(fleet, number++);
            log("cut halfway: " + cut);
            cut.put(out, "resume");
            RoundFigures away = awayWhileSent(fleet, number);
            log("away while sent: " + away);
            away.put(out, "away");
            put("unplanned.ends", fleet.sum(Client::unplannedEnds));
            List<String> stats = new ArrayList<>();
            for (Trigger node : nodes) {
                stats.add(node.stats().trim());
            }
            put("server.stats", String.join(" | ", stats));
        }
        put("loadavg.end", Machine.now().loadAverage());
        try (Writer file = Files.newBufferedWriter(settings.out())) {
            out.store(file, "load run, N=" + settings.n());
        }
    }

    private void openStreams(Fleet fleet, long heapIdleKb) throws Exception {
        long serverCpu = probe.cpuMillis();
        long start = System.nanoTime();
        fleet.initialize(600);
        long initialized = System.nanoTime();
        long initializeCpu = probe.cpuMillis();
        Map<String, Integer> failures = fleet.openStreams(600);
        long end = System.nanoTime();
        long millis = (end - start) / 1_000_000;
        put("setup.server-cpu.ms", probe.cpuMillis() - serverCpu);
        put("setup.initialize.ms", (initialized - start) / 1_000_000);
        put("setup.initialize.server-cpu.ms", initializeCpu - serverCpu);
        put("setup.streams.ms", (end - initialized) / 1_000_000);
        put("setup.streams.server-cpu.ms", probe.cpuMillis() - initializeCpu);
        int open = fleet.size() - failures.values().stream().mapToInt(Integer::intValue).sum();
        log(fleet.size() + " sessions initialized in " + (initialized - start) / 1_000_000 + " ms, " + open
                + " streams then open in " + (end - initialized) / 1_000_000 + " ms; failures " + failures);
        put("setup.ms", millis);
        put("setup.open", open);
        put("setup.failures", failures);
        Thread.sleep(1000);
        long heapStreams = probe.heapAfterGcKb();
        put("streams.heap.kb", heapStreams);
        put("streams.rss.kb", probe.rssKb());
        put("heap.per.stream.bytes", open == 0 ? -1 : (heapStreams - heapIdleKb) * 1024 / open);
        if (settings.histogram() != null) {
            Files.writeString(settings.histogram(), probe.histogram(400));
        }
    }

    /**
     * Warm-up rounds until {@code warmup-events} events were delivered (the first round is
     * recorded as the cold one), then a wait until the server's CPU settles: the JIT compiles the
     * delivery path for seconds after the streams open, on a core the rounds would share with it.
     *
     * @return the number of the first measured round
     */
    private int warmUp(Fleet fleet) throws Exception {
        int number = 0;
        long events = 0;
        do {
            RoundFigures round = plainRound(fleet, number);
            log("warm-up round " + number + ": " + round);
            if (number == 0) {
                round.put(out, "cold");
            }
            events += (long) fleet.size() * settings.m();
            number++;
            Thread.sleep(500);
        } while (events < settings.warmupEvents());
        put("warmup.rounds", number);
        long start = System.nanoTime();
        for (int second = 0; second < 60; second++) {
            long cpu = probe.cpuMillis();
            Thread.sleep(1000);
            if (probe.cpuMillis() - cpu < SETTLED_CPU_MILLIS_PER_SECOND * nodes.size()) {
                break;
            }
        }
        put("warmup.settle.ms", (System.nanoTime() - start) / 1_000_000);
        return number;
    }

    /** All N × M events of one broadcast, every client connected throughout. */
    private RoundFigures plainRound(Fleet fleet, int number) throws Exception {
        Round round = new Round(number, fleet.size(), settings.m(), 0);
        fleet.begin(round, 0);
        long serverCpu = probe.cpuMillis();
        long clientCpu = clientCpuMillis();
        long start = System.nanoTime();
        round.requested(Client.nowMicros());
        trigger.broadcast(number, 1, settings.m(), settings.bytes());
        await(round, fleet);
        return RoundFigures.of(round, start, start, fleet)
                .withCpu(probe.cpuMillis() - serverCpu, clientCpuMillis() - clientCpu);
    }

    /** Every stream is cut after half the events and resumes at once with Last-Event-ID. */
    private RoundFigures cutHalfway(Fleet fleet, int number) throws Exception {
        Round round = new Round(number, fleet.size(), settings.m(), 0);
        fleet.begin(round, settings.m() / 2);
        long start = System.nanoTime();
        round.requested(Client.nowMicros());
        trigger.broadcast(number, 1, settings.m(), settings.bytes());
        await(round, fleet);
        return RoundFigures.of(round, start, start, fleet);
    }

    /**
     * Every stream is cut after the first half; the server sends the second half while the
     * clients are away; then all resume with Last-Event-ID.
     */
    private RoundFigures awayWhileSent(Fleet fleet, int number) throws Exception {
        int half = settings.m() / 2;
        Round round = new Round(number, fleet.size(), settings.m(), half);
        fleet.begin(round, 0);
        long start = System.nanoTime();
        round.requested(Client.nowMicros());
        trigger.broadcast(number, 1, half, settings.bytes());
        round.awaitCheckpoint(ROUND_TIMEOUT_SECONDS);
        fleet.cutAll();
        Thread.sleep(200);
        trigger.broadcast(number, half + 1, settings.m() - half, settings.bytes());
        Thread.sleep(1000);
        long resumed = System.nanoTime();
        fleet.resumeAll();
        await(round, fleet);
        return RoundFigures.of(round, start, resumed, fleet);
    }

    /** Until every client has the round's events, or none arrived for {@link #QUIET_SECONDS}, or the timeout. */
    private static void await(Round round, Fleet fleet) throws InterruptedException {
        long deadline = System.nanoTime() + ROUND_TIMEOUT_SECONDS * 1_000_000_000L;
        long quietSince = System.nanoTime();
        int missing = -1;
        while (!round.await(1) && System.nanoTime() < deadline) {
            int now = fleet.sum(Client::missing);
            if (now != missing) {
                missing = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET_SECONDS * 1_000_000_000L) {
                log("no event for " + QUIET_SECONDS + " s, " + missing + " still missing: the round ends");
                return;
            }
        }
    }

    private static long clientCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private void put(String key, Object value) {
        out.setProperty(key, String.valueOf(value));
    }

    private static void log(String line) {
        System.out.println("[load] " + line);
    }

    /** The run's arguments. */
    record Settings(List<Integer> ports, List<Long> pids, int n, int m, int bytes, int rounds, long warmupEvents, int maxOpening,
            OpenedBy openedBy, Path out, Path histogram) {

        static Settings parse(String[] args) {
            Arguments given = new Arguments(args);
            String histogram = given.text("histogram", null);
            String port = given.text("port", "8080");
            return new Settings(Arrays.stream(given.text("ports", port).split(",")).map(Integer::valueOf).toList(),
                    Arrays.stream(given.required("pid").split(",")).map(Long::valueOf).toList(),
                    given.integer("n", 1000),
                    given.integer("m", 10),
                    given.integer("bytes", 100),
                    given.integer("rounds", 3),
                    given.number("warmup-events", 200000),
                    given.integer("max-opening", 256),
                    OpenedBy.parse(given.text("opened-by", "priming-event")),
                    Path.of(given.required("out")),
                    histogram == null ? null : Path.of(histogram));
        }
    }
}
