package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One scenario of a script of {@code src/test/node} that drives an official MCP TypeScript SDK
 * client, run by Node against a server root, asserted to pass: its output is the failure message.
 * The build installs the SDKs ({@code npm install}) and passes {@code ts.node} (the node executable)
 * and {@code ts.client.dir} (the Node project).
 */
final class NodeScript {

    private static final long SCENARIO_TIMEOUT_SECONDS = 30;

    private NodeScript() {
    }

    /**
     * Runs {@code node <script> <scenario> <root>} and asserts that it passed.
     *
     * @param module the package under {@code node_modules/@modelcontextprotocol} the script drives
     */
    static void run(String script, String module, String scenario, URI root) throws Exception {
        File dir = new File(System.getProperty("ts.client.dir", "src/test/node"));
        String node = System.getProperty("ts.node", "node");
        assertTrue(new File(dir, "node_modules/@modelcontextprotocol/" + module + "/package.json").isFile(),
                "@modelcontextprotocol/" + module + " is not installed in " + dir.getAbsolutePath()
                        + "; the build's npm install (phase pre-integration-test) installs it");
        Process process;
        try {
            process = new ProcessBuilder(List.of(node, script, scenario, root.toString()))
                    .directory(dir)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("cannot run node (" + node + "); set -Dts.node=/path/to/node", e);
        }
        process.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(SCENARIO_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail(script + " " + scenario + " still ran after " + SCENARIO_TIMEOUT_SECONDS + " s:\n"
                    + output.get(5, TimeUnit.SECONDS));
        }
        String text = output.get(5, TimeUnit.SECONDS);
        System.out.print(text);
        assertEquals(0, process.exitValue(), () -> script + " " + scenario + " failed:\n" + text);
        assertTrue(text.lines().anyMatch(line -> line.equals("PASS " + scenario)),
                () -> script + " " + scenario + " did not report PASS:\n" + text);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
