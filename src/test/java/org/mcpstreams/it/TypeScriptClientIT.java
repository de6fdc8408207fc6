package org.mcpstreams.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the official MCP TypeScript SDK, one scenario per run against the deployed
 * server: {@code src/test/node/interop.mjs} drives the 1.x client ({@code @modelcontextprotocol/sdk})
 * on 2025-11-25, {@code interop-v2.mjs} the v2 client ({@code @modelcontextprotocol/client}) on the
 * stateless 2026-07-28 and on its default 2025 path, each scenario a {@link NodeScript}.
 */
class TypeScriptClientIT extends DeployedWarClient {

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
        NodeScript.run("interop.mjs", "sdk", name, server.endpoint().resolve("."));
    }

    private void v2Scenario(String name) throws Exception {
        NodeScript.run("interop-v2.mjs", "client", name, server.endpoint().resolve("."));
    }
}
