package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes in cluster mode, clustered by TCP/IP on loopback, without a sticky load
 * balancer: the client sends each request to whichever node it likes, and the session follows.
 * Payara 6 only (the nodes are the Payara Micro jar of the build); skipped on the other servers.
 */
class ClusterIT {

    private static final String VERSION = "2025-11-25";
    private static final MicroCluster CLUSTER = new MicroCluster();
    private static McpServer node1;
    private static McpServer node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestServer.current() == TestServer.PAYARA6, "two Payara Micro 6 nodes: the payara6 profile only");
        CLUSTER.start("mcp-streams-cluster-it", List.of(18580, 18581), List.of(59700, 59701));
        CLUSTER.awaitMembers(CLUSTER.nodes().get(1), 2);
        node1 = new McpServer(CLUSTER.nodes().get(0).base());
        node2 = new McpServer(CLUSTER.nodes().get(1).base());
    }

    @AfterAll
    static void stopTheNodes() throws InterruptedException {
        CLUSTER.close();
    }

    @Test
    void sessionMadeOnOneNodeIsServedOnTheOtherAndEndedThereByADeleteOnTheFirst() throws Exception {
        HttpResponse<String> initialize = node1.post(null, VERSION, "{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + VERSION + "\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"cluster-it\",\"version\":\"1\"}}}");
        assertEquals(200, initialize.statusCode(), initialize.body());
        String session = initialize.headers().firstValue("Mcp-Session-Id").orElseThrow();

        HttpResponse<String> initialized = node2.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertEquals(202, initialized.statusCode(), initialized.body());

        HttpResponse<String> tools = node2.post(session, VERSION, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertEquals(200, tools.statusCode(), tools.body());
        assertTrue(tools.body().contains("\"id\":2,\"result\":{\"tools\":[") && tools.body().contains("countdown"),
                tools.body());

        HttpResponse<String> call = node2.post(session, VERSION, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"countdown\",\"arguments\":{\"seconds\":1}}}");
        assertEquals(200, call.statusCode(), call.body());
        assertTrue(call.body().contains("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"Lift-off after 1 second!\"}]}}"), call.body());

        assertEquals(200, node1.delete(session));
        HttpResponse<String> afterDelete = node2.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}");
        assertEquals(404, afterDelete.statusCode(), afterDelete.body());
    }
}
