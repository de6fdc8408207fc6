package org.mcpstreams.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.mcpstreams.bench.Machine;
import org.mcpstreams.bench.load.BaselineComparison.Baseline;

/**
 * Turns the runs' properties into {@code load-<date>.md} (machine, versions, tables, targets) and
 * {@code load-<date>.json}, followed by {@code bench/load-findings.md} (what limits the figures, from
 * profiles) when there is one. Arguments: the runs' folder, the results folder, the Payara Micro
 * version, the server's options, then the values of N. Beside each {@code run-<N>.properties}, the
 * runs of the servers measured after ours ({@link Baselines}: {@code run-<N>-baseline.properties},
 * {@code run-<N>-sdk.properties}); {@code loadavg-start} the load average before the first run.
 */
public final class LoadReport {

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        Path runs = Path.of(args[0]);
        Path results = Path.of(args[1]);
        List<String> sizes = List.of(args).subList(4, args.length);
        List<Properties> all = new ArrayList<>();
        for (String n : sizes) {
            all.add(read(runs.resolve("run-" + n + ".properties")));
        }
        List<Baseline> baselines = Baselines.read(runs, sizes);
        String date = LocalDate.now().toString();
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String machine = Machine.now().describe().replace("at the start", "when the report was written") + startLoad(runs);
        String heading = "- Machine: " + machine + "; the load client and the server share it, over loopback.\n"
                + "- JDK: " + jdk + "; Payara Micro " + args[2] + "; server options: `" + args[3].trim() + "`"
                + String.join("", baselines.stream().map(b -> "; " + b.name() + " server"
                        + (b.versions().isEmpty() ? "" : " (" + b.versions() + ")") + " options: `" + b.options() + "`")
                        .toList()) + ".\n";
        Path markdown = results.resolve("load-" + date + ".md");
        Path findings = Path.of("bench", "load-findings.md");
        LoadTables tables = new LoadTables(all, baselines, runs);
        Files.writeString(markdown, tables.markdown(date, heading)
                + (Files.exists(findings) ? "\n" + Files.readString(findings) : ""));
        Files.writeString(results.resolve("load-" + date + ".json"),
                json(all, baselines, date, jdk, args[2], args[3].trim(), startLoad(runs)));
        System.out.println("Wrote " + markdown + " and its .json");
        System.out.print(tables.readmeTable() + "\n" + tables.baselineTable());
    }

    /** The load average load.sh noted before the first run, as a clause; empty when it did not. */
    static String startLoad(Path runs) throws IOException {
        Path file = runs.resolve("loadavg-start");
        return Files.exists(file) ? "; before the first run " + Files.readString(file).trim() : "";
    }

    static Properties read(Path file) throws IOException {
        Properties run = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            run.load(in);
        }
        return run;
    }

    private static String json(List<Properties> all, List<Baseline> baselines, String date, String jdk, String payara,
            String options, String startLoad) {
        String machine = Machine.now().describe().replace("at the start", "at the end") + startLoad;
        StringBuilder out = new StringBuilder("{\n  \"date\": ").append(quote(date))
                .append(",\n  \"machine\": ").append(quote(machine))
                .append(",\n  \"jdk\": ").append(quote(jdk))
                .append(",\n  \"payara\": ").append(quote(payara))
                .append(",\n  \"serverOptions\": ").append(quote(options))
                .append(",\n  \"runs\": ");
        array(out, all);
        for (Baseline baseline : baselines) {
            out.append(",\n  \"").append(baseline.key()).append("Options\": ").append(quote(baseline.options()));
            if (!baseline.versions().isEmpty()) {
                out.append(",\n  \"").append(baseline.key()).append("Versions\": ").append(quote(baseline.versions()));
            }
            out.append(",\n  \"").append(baseline.key()).append("Runs\": ");
            array(out, baseline.runs());
        }
        return out.append("\n}\n").toString();
    }

    /** The runs' properties as a JSON array of objects, keys sorted, numbers unquoted. */
    static void array(StringBuilder out, List<Properties> all) {
        out.append('[');
        for (int i = 0; i < all.size(); i++) {
            out.append(i == 0 ? "\n    {" : ",\n    {");
            Map<String, String> sorted = new TreeMap<>();
            all.get(i).forEach((key, value) -> sorted.put((String) key, (String) value));
            int j = 0;
            for (Map.Entry<String, String> entry : sorted.entrySet()) {
                out.append(j++ == 0 ? "\n      " : ",\n      ").append(quote(entry.getKey())).append(": ")
                        .append(entry.getValue().matches("-?\\d+(\\.\\d+)?") ? entry.getValue() : quote(entry.getValue()));
            }
            out.append("\n    }");
        }
        out.append("\n  ]");
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
