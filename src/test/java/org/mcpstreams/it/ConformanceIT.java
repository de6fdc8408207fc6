package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcpstreams.it.ConformanceSuite.Outcome;
import org.mcpstreams.it.ConformanceSuite.Version;

/**
 * The official MCP conformance suite against the WAR on Payara Micro, with the suite's fixture
 * tools, resources and prompts (package {@value #FIXTURES}). Every run must end with no failed
 * check; warnings are allowed only where the README explains them.
 */
class ConformanceIT extends DeployedWarClient {

    static final String FIXTURES = "org.mcpstreams.it.conformance";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("conformance").addPackage(FIXTURES);
    }

    @Test
    void activeSuiteOf0116Passes() throws Exception {
        passes(ConformanceSuite.run(Version.V0_1_16, url(), "--suite", "active"), 30);
    }

    /** A pending scenario of 0.1.16 passes, and these of its checks succeeded. */
    @ParameterizedTest(name = "pending {0} of 0.1.16 passes")
    @MethodSource
    void pendingScenarioOf0116Passes(String scenario, List<String> checks) throws Exception {
        Outcome outcome = ConformanceSuite.run(Version.V0_1_16, url(), "--scenario", scenario);
        passes(outcome, 1);
        assertTrue(outcome.succeeded().containsAll(checks), outcome::report);
    }

    static Stream<Arguments> pendingScenarioOf0116Passes() {
        return Stream.of(
                // the stream was cut mid-call and the result came on the resumed one, not on the first
                arguments("server-sse-polling", List.of("server-sse-priming-event", "server-sse-retry-field",
                        "server-sse-disconnect-resume")),
                arguments("json-schema-2020-12", List.of("json-schema-2020-12-$schema", "json-schema-2020-12-$defs",
                        "json-schema-2020-12-additionalProperties")));
    }

    @Test
    void requirementsOf20251125In020Alpha12Pass() throws Exception {
        Outcome outcome = ConformanceSuite.run(Version.V0_2_0_ALPHA_12, url(), "--requirements", "2025-11-25");
        passes(outcome, 33);
        assertTrue(outcome.succeeded().containsAll(List.of("wire-schema-valid", "server-sse-disconnect-resume",
                "sep-2106-composition-keywords-preserved", "sep-2106-conditional-keywords-preserved",
                "sep-2106-anchor-keyword-preserved", "server-session-terminated-returns-404")), outcome::report);
    }

    /**
     * 0.2.0-alpha.12 {@code --requirements 2026-07-28}: every scenario passes, the tasks extension's
     * ({@code tasks-*}) included.
     */
    @Test
    void requirementsOf20260728Pass() throws Exception {
        Outcome outcome = ConformanceSuite.run(Version.V0_2_0_ALPHA_12, url(), "--requirements", "2026-07-28");
        assertEquals(List.of(), outcome.failures(), outcome::report);
        assertEquals(List.of(), outcome.warnings().stream().filter(w -> !ExplainedWarnings.explained(w)).toList(),
                outcome::report);
        assertTrue(outcome.succeeded().containsAll(List.of("tasks-extension-advertised",
                "sep-2663-tasks-methods-non-declaring", "sep-2663-server-rejects-undeclared-client",
                "tasks-per-request-meta-opt-in", "sep-2663-result-type-task-on-create",
                "sep-2663-tasks-get-status-completed", "sep-2663-tool-error-uses-completed-status",
                "sep-2663-tasks-get-status-failed", "sep-2663-cancel-ack-empty-result",
                "tasks-cancel-terminal-idempotent-ack", "tasks-wire-field-renames", "tasks-no-early-ttl-expiry",
                "tasks-create-result-no-request-state", "tasks-get-detailed-no-request-state",
                "sep-2663-tasks-get-status-input-required", "tasks-mrtr-tasks-update-resumes",
                "tasks-mrtr-partial-fulfillment", "sep-2663-routing-headers-accepted-on-tasks-get",
                "sep-2663-server-rejects-mismatched-mcp-name-on-tasks-get", "tasks-removed-tasks-list",
                "sep-2663-durable-create-strong-consistency", "sep-2663-tasks-get-invalid-task-id-32602",
                "sep-2663-server-returns-missing-capability-when-required",
                "sep-2663-server-returns-missing-capability-data-shape",
                "sep-2663-mrtr-synchronous-before-task-creation")), outcome::report);
        assertTrue(outcome.succeeded().containsAll(List.of("sep-2575-server-implements-discover",
                "sep-2575-http-server-header-mismatch-400", "sep-2575-http-server-unsupported-version-400",
                "sep-2575-server-unsupported-version-error", "sep-2575-server-rejects-undeclared-capability",
                "sep-2575-missing-capability-http-400", "sep-2575-http-server-no-independent-requests-on-stream",
                "sep-2322-elicitation-complete", "sep-2322-sampling-complete", "sep-2322-list-roots-complete",
                "sep-2322-request-state-complete", "sep-2322-reject-tampered-state",
                "sep-2322-respect-client-capabilities", "sep-2322-non-tool-complete",
                "sep-2322-missing-response-rerequests", "sep-2322-validate-input-responses",
                "sep-2322-error-on-protocol-error", "sep-2322-not-on-unsupported-requests",
                "sep-2322-multiple-inputs-complete", "sep-2322-result-type-included",
                "sep-2322-ignore-unexpected-params", "sep-2322-multi-round-r3", "sep-2243-server-decode-base64",
                "sep-2243-server-validate-param-match", "sep-2243-server-reject-invalid-param-chars",
                "sep-2243-server-reject-param-mismatch")), outcome::report);
    }

    private String url() {
        return server.endpoint().toString();
    }

    /** No failure, no unexplained warning, and at least {@code scenarios} scenarios ran. */
    private static void passes(Outcome outcome, int scenarios) {
        assertEquals(List.of(), outcome.failures(), outcome::report);
        assertEquals(List.of(), outcome.warnings().stream().filter(w -> !ExplainedWarnings.explained(w)).toList(),
                outcome::report);
        assertTrue(outcome.checks().size() >= scenarios, outcome::report);
        assertTrue(outcome.checks().values().stream().allMatch(succeeded -> succeeded > 0), outcome::report);
        assertEquals(0, outcome.exitCode(), outcome::report);
    }
}
