package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the official MCP TypeScript SDK, one scenario per run against the deployed
 * server: {@code src/test/node/interop.mjs} drives the 1.x client ({@code @modelcontextprotocol/sdk})
 * on 2025-11-25, {@code interop-v2.mjs} the v2 client ({@code @modelcontextprotocol/client}) on the
 * stateless 2026-07-28 and on its default 2025 path. The build installs both ({@code npm install})
 * and passes {@code ts.node} (the node executable) and {@code ts.client.dir} (the Node project) to
 * this test.
 */
class TypeScriptClientIT extends DeployedWarClient {

    private static final long SCENARIO_TIMEOUT_SECONDS = 30;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("tsclient").addClass(StatelessTools.class);
    }

    @Test
    void initializeNegotiatesTheLatestVersionAndASession() throws Exception {
        scenario("initialize");
    }

    @Test
    void callStreamsProgressThenItsResult() throws Exception {
        scenario("progress");
    }

    @Test
    void notificationsArriveOnTheGetStreamInOrder() throws Exception {
        scenario("notifications");
    }

    @Test
    void cutGetStreamIsResumedByTheClientWithNothingLostOrRepeated() throws Exception {
        scenario("resume");
    }

    @Test
    void samplingRequestIsAnsweredByTheClient() throws Exception {
        scenario("sampling");
    }

    @Test
    void terminateSessionEndsTheSession() throws Exception {
        scenario("delete");
    }

    @Test
    void v2DiscoversTheStatelessRevisionAndListsToolsWithoutASession() throws Exception {
        v2Scenario("discover");
    }

    @Test
    void v2CallStreamsProgressAndTheLogItsMetaAskedForThenItsResult() throws Exception {
        v2Scenario("progress");
    }

    @Test
    void v2ReceivesToolErrorsUnknownToolsAndMissingCapabilitiesAsTypedErrors() throws Exception {
        v2Scenario("errors");
    }

    @Test
    void v2AnswersAnInputRequiredResultWithItsElicitationHandlerAndRetries() throws Exception {
        v2Scenario("input-required");
    }

    @Test
    void v2RecoversFromAHeaderMismatchOnAColdToolCacheWithMirroredParamHeaders() throws Exception {
        v2Scenario("mirrored-headers");
    }

    @Test
    void v2ListenStreamHearsAToolsChangeAndItsCloseIsAccepted() throws Exception {
        v2Scenario("listen");
    }

    @Test
    void v2AbortedCallClosesItsStreamAndTheServerCancelsTheTool() throws Exception {
        v2Scenario("cancel");
    }

    @Test
    void v2DefaultLegacyModeSpeaks20251125WithASession() throws Exception {
        v2Scenario("legacy");
    }

    private void scenario(String name) throws Exception {
        run("interop.mjs", "sdk", name);
    }

    private void v2Scenario(String name) throws Exception {
        run("interop-v2.mjs", "client", name);
    }

    /**
     * Runs one scenario of a script and asserts that it passed; its output is the failure message.
     *
     * @param module the package under {@code node_modules/@modelcontextprotocol} the script drives
     */
    private void run(String script, String module, String name) throws Exception {
        File dir = new File(System.getProperty("ts.client.dir", "src/test/node"));
        String node = System.getProperty("ts.node", "node");
        assertTrue(new File(dir, "node_modules/@modelcontextprotocol/" + module + "/package.json").isFile(),
                "@modelcontextprotocol/" + module + " is not installed in " + dir.getAbsolutePath()
                        + "; the build's npm install (phase pre-integration-test) installs it");
        String root = server.endpoint().resolve(".").toString();
        Process process;
        try {
            process = new ProcessBuilder(List.of(node, script, name, root))
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
            fail(script + " " + name + " still ran after " + SCENARIO_TIMEOUT_SECONDS + " s:\n"
                    + output.get(5, TimeUnit.SECONDS));
        }
        String text = output.get(5, TimeUnit.SECONDS);
        System.out.print(text);
        assertEquals(0, process.exitValue(), () -> script + " " + name + " failed:\n" + text);
        assertTrue(text.lines().anyMatch(line -> line.equals("PASS " + name)),
                () -> script + " " + name + " did not report PASS:\n" + text);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
