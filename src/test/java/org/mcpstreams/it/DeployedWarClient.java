package org.mcpstreams.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test here is: a client of the WAR its {@code @Deployment} names, run
 * outside the server and speaking to it over loopback through {@link #server}. A subclass declares
 * its {@code @Deployment} and its tests, nothing else of Arquillian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedWarClient {

    /** The deployed server, reached over loopback; set before each test's own setup runs. */
    McpServer server;

    @ArquillianResource
    private URL base;

    @BeforeEach
    final void reachTheDeployedWar() {
        server = new McpServer(base);
    }
}
