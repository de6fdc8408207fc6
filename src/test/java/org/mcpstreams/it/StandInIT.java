package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading holds the only delivery thread in a write that would not time out
 * for a minute: at the next sweep the thread gets a stand-in, and another client's events go out
 * long before that write times out. (On WildFly the write goes on asynchronously and holds no
 * thread: there the other client is simply served.)
 */
class StandInIT extends DeployedWarClient {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("stand-in", "mcp.streams.delivery-threads=1",
                "mcp.streams.write-timeout-millis=60000", "mcp.streams.sweep-interval-millis=200",
                "mcp.streams.buffer.max-bytes=67108864", "mcp.streams.buffer.max-events=1000");
    }

    @Test
    void aThreadHeldByAStalledWriteGetsAStandInSoThatOthersAreServedBeforeTheWriteTimesOut() throws Exception {
        String slow = server.newSession();
        try (StalledReader stalled = StalledReader.stallAndServeAnother(server, slow,
                "another client's event went out on a stand-in while the only delivery thread was held")) {
            String stats = server.stats();
            assertTrue(McpServer.shows(stats, "writeTimedOut=0"), "served before the write timed out: " + stats);
            if (TestServer.current().blockingWrites()) {
                assertTrue(McpServer.shows(stats, "deliveryThreads=2"), "the held thread got a stand-in: " + stats);
            }
        }
    }
}
