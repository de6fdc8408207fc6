package org.mcpstreams.bench.load;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcpstreams.bench.Machine;

/**
 * The soak run against a server already started (bench/soak.sh): opens the sessions and their
 * streams, then for the given minutes broadcasts periodically while it churns the clients (cuts
 * connections and resumes them with {@code Last-Event-ID}, ends sessions with DELETE and opens new
 * ones), and at the end of every minute samples the server: its registry's counts, live sessions,
 * heap after full collections ({@link HeapAfterGc}) and resident memory. Then it stops the churn, lets the clients
 * settle and sends one last broadcast every live session must receive, and writes
 * {@code soak-<date>.md} and {@code .json}. Arguments: {@link SoakSettings}.
 */
public final class SoakRun {

    private static final String HOST = "127.0.0.1";
    private static final long OPEN_TIMEOUT_SECONDS = 900;
    private static final long SETTLE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final Pattern COUNTER = Pattern.compile("(\\w+)=(\\d+)");

    private final SoakSettings settings;
    private final ServerProbe probe;
    private final HeapAfterGc heap;
    private final Trigger trigger;
    private final Broadcaster broadcaster;
    private final List<SoakMinute> minutes = new ArrayList<>();
    private SoakCounts counted = SoakCounts.NONE;
    private long broadcastsCounted;
    private long churnStartNanos;

    private SoakRun(SoakSettings settings, HeapAfterGc heap) {
        this.settings = settings;
        this.probe = new ServerProbe(settings.pid());
        this.heap = heap;
        this.trigger = new Trigger(HOST, settings.port());
        this.broadcaster = new Broadcaster(trigger, settings.perBroadcast(), settings.bytes());
    }

    public static void main(String[] args) throws Exception {
        SoakSettings settings = SoakSettings.parse(args);
        try (HeapAfterGc heap = new HeapAfterGc(settings.pid())) {
            new SoakRun(settings, heap).run();
        }
    }

    private void run() throws Exception {
        Files.createDirectories(settings.out());
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        try (SoakFleet fleet = new SoakFleet(HOST, settings.port(), settings.streams(), settings.maxOpening(), broadcaster,
                settings.churn())) {
            churnStartNanos = System.nanoTime();
            sample(fleet, -1);
            long openStart = System.nanoTime();
            fleet.open(OPEN_TIMEOUT_SECONDS);
            long openMillis = (System.nanoTime() - openStart) / 1_000_000;
            log(settings.streams() + " streams open in " + openMillis + " ms");
            churnStartNanos = System.nanoTime();
            sample(fleet, 0);
            String loadChurnStart = Machine.now().loadAverage();
            ScheduledFuture<?> ticks = timers.scheduleAtFixedRate(fleet::tick, SoakFleet.TICK_MILLIS,
                    SoakFleet.TICK_MILLIS, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> broadcasts = timers.scheduleAtFixedRate(broadcaster::broadcast, 0,
                    settings.broadcastEveryMillis(), TimeUnit.MILLISECONDS);
            fleet.startChurn();
            churn(fleet);
            fleet.stopChurn();
            broadcasts.cancel(false);
            SoakEnding ending = end(fleet);
            ticks.cancel(false);
            Files.writeString(settings.out().resolve("histogram-end.txt"), probe.histogram(400));
            // one "stream": the growth by owner in total bytes
            Map<String, Long> growth = HeapBreakdown.perStream(settings.out().resolve("histogram-1.txt"),
                    settings.out().resolve("histogram-end.txt"), 1);
            SoakResult result = new SoakResult(settings,
                    Machine.now().describe().replace("at the start", "at the end"), jdk(), loadChurnStart,
                    Machine.now().loadAverage(), openMillis, minutes, ending, fleet.counts(), broadcaster.broadcasts(),
                    broadcaster.failures(), growth);
            SoakReport.write(result);
        } finally {
            timers.shutdownNow();
        }
    }

    /** The churn's minutes: a sample at the end of each, then a class histogram (kept in the out folder). */
    private void churn(SoakFleet fleet) throws Exception {
        for (int minute = 1; minute <= settings.minutes(); minute++) {
            long wait = churnStartNanos + TimeUnit.MINUTES.toNanos(minute) - System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
            sample(fleet, minute);
            Files.writeString(settings.out().resolve("histogram-" + minute + ".txt"), probe.histogram(400));
        }
    }

    /**
     * Waits for the clients to settle (resumes and DELETEs under way done), sends the last
     * broadcast and waits until every live session has it, or two minutes have passed.
     */
    private SoakEnding end(SoakFleet fleet) throws InterruptedException {
        long start = System.nanoTime();
        while (!fleet.settled() && System.nanoTime() - start < SETTLE_TIMEOUT_NANOS) {
            Thread.sleep(200);
        }
        boolean settled = fleet.settled();
        Map<SoakClient.State, Integer> states = fleet.states();
        broadcaster.broadcast();
        long last = broadcaster.completed();
        long sent = System.nanoTime();
        long missing = fleet.missing(last);
        while (missing > 0 && System.nanoTime() - sent < SETTLE_TIMEOUT_NANOS) {
            Thread.sleep(200);
            missing = fleet.missing(last);
        }
        long waited = (System.nanoTime() - sent) / 1_000_000;
        log("settled " + settled + " " + states + "; last broadcast " + last + ", missing " + missing + " after "
                + waited + " ms");
        return new SoakEnding(settled, states, last, missing, waited);
    }

    /** Reads the clients' counts first, then the server's, then forces the collections that measure its heap. */
    private void sample(SoakFleet fleet, int minute) throws Exception {
        SoakCounts now = fleet.counts();
        long broadcasts = broadcaster.broadcasts();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - churnStartNanos);
        Map<String, Long> server = new HashMap<>();
        Matcher counter = COUNTER.matcher(trigger.stats());
        while (counter.find()) {
            server.put(counter.group(1), Long.parseLong(counter.group(2)));
        }
        long sessions = trigger.sessions();
        SoakMinute row = new SoakMinute(minute, seconds, server, sessions, heap.kb(), probe.rssKb(),
                now.minus(counted), broadcasts - broadcastsCounted);
        minutes.add(row);
        counted = now;
        broadcastsCounted = broadcasts;
        log(SoakReport.line(row));
    }

    private static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    static void log(String line) {
        System.out.println("[soak] " + line);
    }
}
