package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transport scenarios of the official MCP conformance suite against the WAR on Payara Micro.
 * A scenario passes when the suite reports no failure and no warning.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConformanceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("conformance");
    }

    @ArquillianResource
    URL base;

    @Test
    void serverInitialize() throws Exception {
        passes("server-initialize");
    }

    @Test
    void ping() throws Exception {
        passes("ping");
    }

    @Test
    void loggingSetLevel() throws Exception {
        passes("logging-set-level");
    }

    @Test
    void serverSseMultipleStreams() throws Exception {
        passes("server-sse-multiple-streams");
    }

    @Test
    void dnsRebindingProtection() throws Exception {
        passes("dns-rebinding-protection");
    }

    private void passes(String scenario) throws Exception {
        ConformanceSuite.Outcome outcome = ConformanceSuite.run(new McpServer(base).endpoint().toString(), scenario);
        assertEquals(0, outcome.failed(), outcome.output());
        assertEquals(0, outcome.warnings(), outcome.output());
        assertTrue(outcome.passed() > 0 && outcome.passed() == outcome.total(), outcome.output());
    }
}
