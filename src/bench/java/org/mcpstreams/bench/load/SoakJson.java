package org.mcpstreams.bench.load;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.mcpstreams.bench.load.SoakTally.Count;

/** A soak run's figures as JSON, for {@code soak-<date>.json}: settings, every row, totals, the end, the verdict. */
final class SoakJson {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    private SoakJson() {
    }

    static String of(SoakResult result, HeapTrend trend, String verdict, String date) {
        SoakSettings settings = result.settings();
        SoakJson json = new SoakJson();
        json.object(null, root -> {
            json.value("date", date).value("machine", result.machine()).value("jdk", result.jdk())
                    .value("payara", settings.payara()).value("serverOptions", settings.serverOptions().trim())
                    .value("command", settings.command());
            json.object("settings", s -> json.value("streams", settings.streams()).value("minutes", settings.minutes())
                    .value("broadcastEveryMillis", settings.broadcastEveryMillis())
                    .value("perBroadcast", settings.perBroadcast()).value("bytes", settings.bytes())
                    .value("dropsPerMinute", settings.churn().dropsPerMinute())
                    .value("replacementsPerMinute", settings.churn().replacementsPerMinute())
                    .value("maxAwayMillis", settings.maxAwayMillis()).value("maxOpening", settings.maxOpening()));
            json.object("loadAverage", l -> json.value("beforeServer", settings.loadStart())
                    .value("churnStart", result.loadChurnStart()).value("end", result.loadEnd()));
            json.value("openMillis", result.openMillis());
            json.array("minutes", () -> result.minutes().forEach(row -> json.object(null, r -> minute(json, row))));
            json.object("totals", t -> counts(json, result.total()));
            json.object("unexpectedStatuses", u -> result.total().unexpected().forEach(json::value));
            json.object("failedConnections", f -> result.total().failures().forEach(json::value));
            json.value("broadcasts", result.broadcasts());
            json.object("broadcastFailures", f -> result.broadcastFailures().forEach(json::value));
            SoakEnding ending = result.ending();
            json.object("end", e -> json.value("settled", ending.settled()).value("states", ending.states().toString())
                    .value("lastNumber", ending.lastNumber()).value("missing", ending.missing())
                    .value("waitMillis", ending.waitMillis()));
            json.object("heap", h -> json.value("slopeKbPerMinute", trend.slopeKbPerMinute()).value("riseKb", trend.riseKb())
                    .value("meanKb", trend.meanKb()).value("points", trend.points()).value("flat", trend.flat()));
            json.object("heapGrowthByOwner", g -> result.growthByOwner().forEach(json::value));
            json.value("lost", result.lost()).value("serverErrors", result.serverErrors()).value("verdict", verdict);
        });
        return json.out.append('\n').toString();
    }

    private static void minute(SoakJson json, SoakMinute row) {
        json.value("minute", row.minute()).value("seconds", row.seconds()).value("sessions", row.sessions())
                .value("heapKb", row.heapKb()).value("rssKb", row.rssKb()).value("broadcasts", row.broadcasts());
        counts(json, row.during());
        json.object("registry", r -> row.server().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> json.value(entry.getKey(), entry.getValue())));
    }

    private static void counts(SoakJson json, SoakCounts counts) {
        for (Count count : Count.values()) {
            json.value(camel(count), counts.get(count));
        }
    }

    /** {@code RESUMED_AS_NEW} → {@code resumedAsNew}. */
    private static String camel(Count count) {
        StringBuilder name = new StringBuilder();
        for (String word : count.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private SoakJson value(String key, Object value) {
        key(key);
        out.append(value instanceof Number || value instanceof Boolean ? String.valueOf(value)
                : LoadReport.quote(String.valueOf(value)));
        return this;
    }

    private void object(String key, Consumer<SoakJson> members) {
        key(key);
        open('{');
        members.accept(this);
        close('}');
    }

    private void array(String key, Runnable elements) {
        key(key);
        open('[');
        elements.run();
        close(']');
    }

    private void key(String key) {
        if (!first) {
            out.append(',');
        }
        first = false;
        if (depth > 0) {
            out.append('\n').append("  ".repeat(depth));
        }
        if (key != null) {
            out.append(LoadReport.quote(key)).append(": ");
        }
    }

    private void open(char bracket) {
        out.append(bracket);
        depth++;
        first = true;
    }

    private void close(char bracket) {
        depth--;
        if (!first) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(bracket);
        first = false;
    }
}
