package org.mcpstreams.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcpstreams.bench.load.SoakTally.Count;

/**
 * Writes a soak run's {@code soak-<date>.md} (machine, settings, command, the per-minute table,
 * the verdict, details, then {@code bench/soak-findings.md}, what the heap dumps showed, when there
 * is one) and {@code soak-<date>.json} beside it.
 */
final class SoakReport {

    private static final String HEADER = "| minute | at | streams open | live | sessions | heap after GC | RSS | events "
            + "| resumes | replaced | lost | dup. | 5xx |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private SoakReport() {
    }

    static void write(SoakResult result) throws IOException {
        String date = LocalDate.now().toString();
        HeapTrend trend = HeapTrend.of(result.churnMinutes());
        String verdict = verdict(result, trend);
        Path results = result.settings().results();
        Files.createDirectories(results);
        Path markdown = results.resolve("soak-" + date + ".md");
        Path findings = Path.of("bench", "soak-findings.md");
        Files.writeString(markdown, markdown(result, verdict, date) + details(result, trend)
                + (Files.exists(findings) ? "\n" + Files.readString(findings) : ""));
        Files.writeString(results.resolve("soak-" + date + ".json"), SoakJson.of(result, trend, verdict, date));
        SoakRun.log("wrote " + markdown + " and its .json");
        SoakRun.log(verdict);
    }

    /** One row, as the run logs it. */
    static String line(SoakMinute row) {
        return String.format("minute %d (%d s): %d streams open, %d live, %d sessions, heap %.1f MiB, RSS %.0f MiB; "
                + "%d events, %d resumes, %d replaced, %d lost, %d dup., %d 5xx, %d other statuses, %d failed connections",
                row.minute(), row.seconds(), row.server("open"), row.server("live"), row.sessions(), row.heapKb() / 1024.0,
                row.rssKb() / 1024.0, row.during().get(Count.EVENTS), row.during().get(Count.RESUMED),
                row.during().get(Count.REPLACED), row.during().get(Count.LOST), row.during().get(Count.DUPLICATED),
                row.during().get(Count.SERVER_ERRORS),
                row.during().get(Count.UNEXPECTED_STATUSES) - row.during().get(Count.SERVER_ERRORS),
                row.during().get(Count.FAILED_CONNECTIONS));
    }

    /** The one line that says whether the heap stayed flat, nothing was lost and no 5xx came. */
    static String verdict(SoakResult result, HeapTrend trend) {
        String heap = !trend.judged() ? "heap not judged (fewer than 3 churn minutes)"
                : String.format("heap %s (%+.2f MiB per minute fitted over minutes 1–%d, %+.1f MiB in all, %.2f%% of %.0f MiB;"
                        + " flat is ≤ %.0f%%)", trend.flat() ? "flat" : "NOT flat", trend.slopeKbPerMinute() / 1024,
                        trend.spanMinutes() + 1, trend.riseKb() / 1024, 100 * trend.riseKb() / trend.meanKb(),
                        trend.meanKb() / 1024, 100 * HeapTrend.TOLERANCE);
        long lost = result.lost();
        long duplicated = result.total().get(Count.DUPLICATED);
        String delivery = String.format("%s (%,d lost, %,d duplicated; %,d resumes, %,d sessions replaced)",
                lost == 0 && duplicated == 0 ? "zero lost" : "events LOST or DUPLICATED", lost, duplicated,
                result.total().get(Count.RESUMED) + result.total().get(Count.RESUMED_AS_NEW),
                result.total().get(Count.REPLACED));
        long errors = result.serverErrors();
        long other = result.total().get(Count.UNEXPECTED_STATUSES) - result.total().get(Count.SERVER_ERRORS);
        String statuses = (errors == 0 ? "zero 5xx" : String.format("%,d 5xx", errors))
                + (other == 0 ? "" : String.format(" (and %,d other unexpected statuses)", other));
        boolean met = trend.flat() && lost == 0 && duplicated == 0 && errors == 0;
        return "Verdict: " + (met ? "met" : "NOT met") + ": " + heap + "; " + delivery + "; " + statuses + ".";
    }

    private static String markdown(SoakResult result, String verdict, String date) {
        SoakSettings settings = result.settings();
        StringBuilder out = new StringBuilder("# Soak, ").append(date).append("\n\n")
                .append("- Machine: ").append(result.machine())
                .append("; the soak client and the server share it, over loopback.\n")
                .append("- JDK: ").append(result.jdk()).append("; Payara Micro ").append(settings.payara())
                .append("; server options: `").append(settings.serverOptions().trim()).append("`.\n")
                .append("- Command: `").append(settings.command()).append("`.\n")
                .append("- Load average (1, 5, 15 min): before the server started ").append(settings.loadStart())
                .append("; when the churn began ").append(result.loadChurnStart()).append("; at the end ")
                .append(result.loadEnd()).append(".\n")
                .append(String.format("- The run: %,d sessions of protocol 2025-11-25 (`initialize`, "
                        + "`notifications/initialized`, a GET stream with its priming event), all opened in %.1f s; then "
                        + "%d minutes of churn: every %,d ms a broadcast of %d numbered notifications of %d characters "
                        + "(`POST /bench/broadcast`); every minute %,.0f connections cut at random (a reset) and resumed "
                        + "0–%,d ms later with `Last-Event-ID`, and %,.0f sessions ended with `DELETE`, once they had "
                        + "every broadcast sent before, each replaced by a new session.\n",
                        settings.streams(), result.openMillis() / 1000.0, settings.minutes(), settings.broadcastEveryMillis(),
                        settings.perBroadcast(), settings.bytes(), settings.churn().dropsPerMinute(), settings.maxAwayMillis(),
                        settings.churn().replacementsPerMinute()))
                .append("- Checks: a session's broadcast numbers, live or replayed, must run without a gap or a repeat from "
                        + "the first broadcast that started after its stream opened; at the end, churn stopped and clients "
                        + "settled, one last broadcast every live session must receive within 2 minutes. Any status but the "
                        + "expected one counts (200 `initialize`, 202 `notifications/initialized`, 200 GET, 200 `DELETE`).\n")
                .append("- Memory: heap in use right after the second of two forced full collections, as the collection "
                        + "reports it (the server's management beans), sampled at the end of every minute; RSS from "
                        + "`/proc/<pid>/status`. Row \"idle\": before any session; minute 0: every stream open, before "
                        + "the churn. Streams open counts live and detached ones (the registry's `open`); sessions, "
                        + "the session store's.\n\n")
                .append("## Per minute\n\n").append(HEADER);
        result.minutes().forEach(row -> out.append(row(row)));
        return out.append('\n').append(verdict).append("\n").toString();
    }

    private static String row(SoakMinute row) {
        SoakCounts during = row.during();
        return String.format("| %s | %s | %,d | %,d | %,d | %.1f MiB | %.0f MiB | %,d | %,d | %,d | %,d | %,d | %,d |\n",
                row.minute() < 0 ? "idle" : String.valueOf(row.minute()), row.minute() < 0 ? "–" : row.seconds() + " s",
                row.server("open"), row.server("live"), row.sessions(), row.heapKb() / 1024.0, row.rssKb() / 1024.0,
                during.get(Count.EVENTS), during.get(Count.RESUMED) + during.get(Count.RESUMED_AS_NEW),
                during.get(Count.REPLACED), during.get(Count.LOST), during.get(Count.DUPLICATED),
                during.get(Count.SERVER_ERRORS));
    }

    private static String details(SoakResult result, HeapTrend trend) {
        SoakCounts total = result.total();
        SoakEnding ending = result.ending();
        SoakMinute last = result.minutes().get(result.minutes().size() - 1);
        double churnPerMinute = result.settings().churn().dropsPerMinute() + result.settings().churn().replacementsPerMinute();
        StringBuilder out = new StringBuilder("\n## Details\n\n")
                .append(String.format("- Over the run: %,d events received; %,d connections cut, %,d resumed on their stream "
                        + "and %,d answered with a new stream instead; %,d sessions replaced; %,d GET streams ended by the "
                        + "server after their session's DELETE, %,d not within 10 s; %,d unplanned stream ends.\n",
                        total.get(Count.EVENTS), total.get(Count.DROPPED), total.get(Count.RESUMED),
                        total.get(Count.RESUMED_AS_NEW), total.get(Count.REPLACED), total.get(Count.ENDED_AFTER_DELETE),
                        total.get(Count.NOT_ENDED_AFTER_DELETE), total.get(Count.UNPLANNED_ENDS)))
                .append("- Unexpected statuses: ").append(counts(total.unexpected()))
                .append("; failed connections: ").append(counts(total.failures())).append(".\n")
                .append(String.format("- Broadcasts: %,d sent; failed: %s.\n", result.broadcasts(),
                        counts(result.broadcastFailures())))
                .append(String.format("- The end: clients settled: %s %s; last broadcast number %,d; live sessions still "
                        + "missing it, or earlier ones, after %,d ms: %,d.\n", ending.settled() ? "yes" : "no",
                        ending.states(), ending.lastNumber(), ending.waitMillis(), ending.missing()))
                .append("- The registry's counters at the last sample: ").append(serverCounters(last)).append(".\n");
        if (trend.judged()) {
            out.append(String.format("- Heap trend per churned session: %+.0f bytes (the fitted slope over %,.0f cuts and "
                    + "replacements a minute).\n", trend.slopeKbPerMinute() * 1024 / churnPerMinute, churnPerMinute));
        }
        if (!result.growthByOwner().isEmpty()) {
            out.append("\nHeap growth from minute 1 to the end, by owner (class histograms of live objects, top 400 "
                    + "classes):\n\n| owner | bytes |\n|---|---:|\n");
            result.growthByOwner().forEach((owner, bytes) -> out.append("| ").append(owner).append(" | ")
                    .append(String.format("%,d", bytes)).append(" |\n"));
        }
        return out.toString();
    }

    private static String serverCounters(SoakMinute row) {
        return String.join(", ", row.server().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + String.format("%,d", entry.getValue())).toList());
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", "));
    }
}
