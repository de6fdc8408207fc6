package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mcpstreams.it.ClusterStreams.lastLine;
import static org.mcpstreams.it.ClusterStreams.logLine;
import static org.mcpstreams.it.ClusterStreams.nextEvent;
import static org.mcpstreams.it.ClusterStreams.nextMessage;
import static org.mcpstreams.it.ClusterStreams.openGet;
import static org.mcpstreams.it.ClusterStreams.toolCall;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes in cluster mode, clustered by TCP/IP on loopback, without a sticky load
 * balancer: the client sends each request to whichever node it likes, and the session follows,
 * and so do the messages for its GET stream and its answers to the server's requests. The nodes
 * deploy the build's WAR with the test support, {@link ClusterTools} and {@link StatelessTools}; the
 * official TypeScript SDK client runs a session through a {@link RoundRobinProxy} in front of them.
 * Payara 6 only (the nodes are the Payara Micro jar of the build); skipped on the other servers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String VERSION = "2025-11-25";
    private static final Pattern REQUEST_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern REQUEST_STATE = Pattern.compile("\"requestState\":\"([^\"]+)\"");
    private static final MicroCluster CLUSTER = new MicroCluster();
    /** What a member's data grid logs once another has left it. */
    private static final String DEPARTED = "Data Grid Instance Removed";
    /** The loopback port of the proxy in front of the two nodes. */
    private static final int PROXY_PORT = 18582;
    private static McpServer node1;
    private static McpServer node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestServer.current() == TestServer.PAYARA6, "two Payara Micro 6 nodes: the payara6 profile only");
        Path war = Files.createDirectories(Path.of("target", "cluster-it")).resolve("mcp-streams-cluster.war");
        Deployments.mcpStreams("mcp-streams-cluster").addClasses(ClusterTools.class, StatelessTools.class).as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        CLUSTER.start("mcp-streams-cluster-it", war, List.of(18580, 18581), List.of(59700, 59701));
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
        assertTrue(tools.body().contains("\"id\":2,\"result\":{\"tools\":[") && tools.body().contains("announce"),
                tools.body());

        HttpResponse<String> call = node2.post(session, VERSION, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"count\",\"arguments\":{\"steps\":1}}}");
        assertEquals(200, call.statusCode(), call.body());
        assertTrue(call.body().contains("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"counted to 1\"}]"), call.body());

        assertEquals(200, node1.delete(session));
        HttpResponse<String> afterDelete = node2.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}");
        assertEquals(404, afterDelete.statusCode(), afterDelete.body());
    }

    @Test
    void aNotificationMadeByACallOnNode1ArrivesOnTheGetStreamOnNode2() throws Exception {
        String session = node1.newSession();
        try (SseConnection stream = openGet(node2, session)) {
            HttpResponse<String> call = node1.post(session, VERSION, toolCall(5, "tell", "from node 1"));
            assertEquals(200, call.statusCode(), call.body());
            assertTrue(call.body().contains("\"text\":\"told\""), call.body());
            assertEquals(logLine("from node 1"), nextMessage(stream));
        }
    }

    @Test
    void aNotificationSentBeforeAnyGetStreamIsHeldOnNode1AndArrivesWhenTheStreamOpensOnNode2() throws Exception {
        String session = node1.newSession();
        HttpResponse<String> call = node1.post(session, VERSION, toolCall(9, "tell", "held"));
        assertTrue(call.body().contains("\"text\":\"told\""), call.body());
        try (SseConnection stream = node2.openStream(session)) {
            assertEquals(logLine("held"), nextMessage(stream));
        }
    }

    @Test
    void aBroadcastOnNode1ReachesTheSessionsOnBothNodesOnceEach() throws Exception {
        String onNode1 = node1.newSession();
        String onNode2 = node1.newSession();
        try (SseConnection first = openGet(node1, onNode1); SseConnection second = openGet(node2, onNode2)) {
            HttpResponse<String> call = node1.post(onNode1, VERSION, toolCall(6, "announce", "to everyone"));
            assertEquals(200, call.statusCode(), call.body());
            assertEquals(logLine("to everyone"), nextMessage(first));
            assertEquals(logLine("to everyone"), nextMessage(second));
            // a message sent after the broadcast is the next one each stream gets: the broadcast came once
            node1.post(onNode1, VERSION, toolCall(7, "tell", "after"));
            node2.post(onNode2, VERSION, toolCall(8, "tell", "after"));
            assertEquals(logLine("after"), nextMessage(first));
            assertEquals(logLine("after"), nextMessage(second));
        }
    }

    @Test
    void broadcastsToMoreSessionsThanOneThreadDeliversReachEachSessionOnBothNodesInOrder() throws Exception {
        int perNode = 70; // past the two runs of 32 from which a node spreads a broadcast over its threads
        List<SseConnection> streams = new ArrayList<>();
        try {
            for (int n = 0; n < 2 * perNode; n++) {
                McpServer node = n % 2 == 0 ? node1 : node2;
                streams.add(openGet(node, node.newSession()));
            }
            String caller = node1.newSession();
            for (int id = 1; id <= 3; id++) {
                HttpResponse<String> call = node1.post(caller, VERSION, toolCall(20 + id, "announce", "broadcast " + id));
                assertEquals(200, call.statusCode(), call.body());
            }
            for (int n = 0; n < streams.size(); n++) {
                for (int id = 1; id <= 3; id++) {
                    assertEquals(logLine("broadcast " + id), nextMessage(streams.get(n)), "stream " + n);
                }
            }
        } finally {
            streams.forEach(SseConnection::close);
        }
    }

    @Test
    void aRequestToTheClientSentOnNode1IsAnsweredThroughNode2() throws Exception {
        String session = node1.newSession();
        try (SseConnection stream = openGet(node2, session)) {
            CompletableFuture<HttpResponse<String>> ping = node1.supportAsync("client-request?session=" + session
                    + "&method=ping");
            String request = nextMessage(stream);
            assertTrue(request.contains("\"method\":\"ping\""), request);
            Matcher id = REQUEST_ID.matcher(request);
            assertTrue(id.find(), request);
            HttpResponse<String> answer = node2.post(session, VERSION,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + id.group(1) + "\",\"result\":{}}");
            assertEquals(202, answer.statusCode(), answer.body());
            assertEquals("{}", ping.get(20, TimeUnit.SECONDS).body());
        }
    }

    @Test
    void theTypeScriptSdkClientRunsAWholeSessionThroughAProxyThatSendsEachRequestToTheNextNode() throws Exception {
        try (RoundRobinProxy proxy = new RoundRobinProxy(PROXY_PORT,
                List.of(CLUSTER.nodes().get(0).base(), CLUSTER.nodes().get(1).base()))) {
            NodeScript.run("interop.mjs", "sdk", "cluster", proxy.root());
            for (int n = 0; n < 2; n++) {
                assertTrue(proxy.requests(n, "POST") >= 5, "POSTs to node " + (n + 1) + ": " + proxy.requests(n, "POST"));
            }
            assertTrue(proxy.requests(0, "GET") + proxy.requests(1, "GET") >= 2, "the GET stream and its resume");
        }
    }

    @Test
    void aCancellationPostedToNode2CancelsTheCallRunningOnNode1() throws Exception {
        String session = node1.newSession();
        int before = Integer.parseInt(node1.support("cancelled"));
        try (SseConnection call = node1.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":30,"
                + "\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"}}")) {
            call.nextEvent(); // its priming event: the call runs
            HttpResponse<String> cancelled = node2.post(session, VERSION, "{\"jsonrpc\":\"2.0\","
                    + "\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":30}}");
            assertEquals(202, cancelled.statusCode(), cancelled.body());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (Integer.parseInt(node1.support("cancelled")) == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(before + 1, Integer.parseInt(node1.support("cancelled")), "calls of \"wait\" cancelled on node 1");
        }
    }

    @Test
    void aResourceUpdateAndAListChangeOnNode1ReachTheSubscriptionAndTheListenStreamTakenOnNode2OnceEach()
            throws Exception {
        String session = node1.newSession();
        try (SseConnection get = openGet(node1, session); SseConnection listen = node2.listen("l1",
                "{\"notifications\":{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://cluster\"]},"
                        + McpServer.statelessMeta("{}") + "}")) {
            assertTrue(nextMessage(listen).contains("notifications/subscriptions/acknowledged"));
            try (SseConnection subscribe = node2.postStreamed(session, "{\"jsonrpc\":\"2.0\",\"id\":31,"
                    + "\"method\":\"resources/subscribe\",\"params\":{\"uri\":\"test://cluster\"}}")) {
                assertTrue(nextMessage(subscribe).contains("\"id\":31,\"result\":{}"));
            }
            String updated = "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"uri\":\"test://cluster\"";
            String tagged = ",\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":\"l1\"}}}";
            String changed = "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\",\"params\":{"
                    + tagged.substring(1);
            // one step at a time: what node 1 sends itself and what comes back through node 2 may interleave
            node1.support("features/resource-updated?uri=test://cluster");
            assertEquals(updated + "}}", nextMessage(get));
            assertEquals(updated + tagged, nextMessage(listen));
            node1.support("features/add-tool?name=cluster-extra");
            assertTrue(nextMessage(get).contains("notifications/tools/list_changed"));
            assertEquals(changed, nextMessage(listen));
            node1.support("features/remove-tool?name=cluster-extra");
            assertTrue(nextMessage(get).contains("notifications/tools/list_changed"));
            assertEquals(changed, nextMessage(listen));
            // each came once: the next message of each stream is the next one sent
            node1.support("features/resource-updated?uri=test://cluster");
            assertEquals(updated + "}}", nextMessage(get));
            assertEquals(updated + tagged, nextMessage(listen));
        }
    }

    @Test
    void aRequestStateIssuedOnNode1IsAcceptedOnNode2WithoutAConfiguredKey() throws Exception {
        String meta = McpServer.statelessMeta("{\"elicitation\":{}}");
        HttpResponse<String> asked = node1.postStateless("tools/call", "greet", Map.of(), "{\"jsonrpc\":\"2.0\","
                + "\"id\":40,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\",\"arguments\":{}," + meta + "}}");
        Matcher state = REQUEST_STATE.matcher(McpServer.lastData(asked.body()));
        assertTrue(state.find(), asked.body());
        HttpResponse<String> retry = node2.postStateless("tools/call", "greet", Map.of(), "{\"jsonrpc\":\"2.0\","
                + "\"id\":41,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\",\"arguments\":{},"
                + "\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}},"
                + "\"requestState\":\"" + state.group(1) + "\"," + meta + "}}");
        assertTrue(McpServer.lastData(retry.body()).contains("\"id\":41,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"Hello, Ada!\"}]"), retry.body());
    }

    @Test
    @Order(Integer.MAX_VALUE - 1) // kills node 2, then starts it again
    void aClientWhoseNodeWasKilledDuringBroadcastsResumesOnTheOtherWithEveryEventOnceInOrderThenLiveOnes() throws Exception {
        try {
            resumeOnNode1AfterNode2IsKilled();
        } finally {
            CLUSTER.restart(1, 2);
            node2 = new McpServer(CLUSTER.nodes().get(1).base());
        }
    }

    /**
     * Broadcasts run on node 2, to a session streaming from node 2 and one streaming from node 1;
     * node 2 is killed while they run. The first resumes on node 1 with every event node 2 had
     * accepted for it, once each, in order, then a live one; the second got each broadcast that
     * reached node 1 before the death once, in order, and goes on live.
     */
    private static void resumeOnNode1AfterNode2IsKilled() throws Exception {
        String session = node1.newSession();
        String survivor = node1.newSession();
        List<String[]> seen = new ArrayList<>();
        AtomicInteger accepted = new AtomicInteger(-1);
        try (SseConnection stream = openGet(node2, session); SseConnection onNode1 = openGet(node1, survivor)) {
            Thread sender = new Thread(() -> broadcastUntilDead(node2, session, accepted), "broadcaster");
            sender.start();
            while (seen.size() < 10) {
                seen.add(nextEvent(stream));
            }
            // the client loses its connection; node 2 goes on recording, then is killed while it broadcasts
            stream.close();
            for (String[] event = nextEvent(stream); event != null; event = nextEvent(stream)) {
                seen.add(event);
            }
            int recorded = seen.size() + 9; // events are numbered from 0: ten more than the client saw
            while (accepted.get() < recorded && sender.isAlive()) {
                Thread.sleep(20);
            }
            long departures = MicroCluster.linesWith(CLUSTER.nodes().get(0), DEPARTED);
            CLUSTER.kill(CLUSTER.nodes().get(1));
            sender.join(30_000);
            awaitDeparture(departures);
            node1.post(survivor, VERSION, toolCall(12, "tell", "after the kill"));
            List<String> heard = new ArrayList<>();
            for (String message = nextMessage(onNode1); !message.equals(logLine("after the kill"));
                    message = nextMessage(onNode1)) {
                heard.add(message);
            }
            assertTrue(heard.size() >= 10, "the session on node 1 heard " + heard.size() + " broadcasts");
            for (int n = 0; n < heard.size(); n++) {
                assertEquals(McpServer.notificationLine(n), heard.get(n), "broadcast " + n + " on node 1 of " + heard);
            }
        }
        assertResumedWithEveryAcceptedEvent(session, seen, accepted.get());
    }

    /** The session's GET stream, resumed on node 1 after its last event seen, brings every accepted event once, in order. */
    private static void assertResumedWithEveryAcceptedEvent(String session, List<String[]> seen, int accepted)
            throws Exception {
        String lastId = seen.get(seen.size() - 1)[0];
        List<String[]> replayed = new ArrayList<>();
        try (SseConnection resumed = node1.resume(session, lastId)) {
            assertEquals(200, resumed.status());
            assertEquals(lastId, resumed.nextEvent().get(0).substring("id: ".length()));
            HttpResponse<String> call = node1.post(session, VERSION, toolCall(11, "tell", "after the kill"));
            assertTrue(call.body().contains("\"text\":\"told\""), call.body());
            for (String[] event = nextEvent(resumed); !event[1].equals(logLine("after the kill")); event = nextEvent(resumed)) {
                replayed.add(event);
            }
        }
        List<String> received = new ArrayList<>();
        seen.forEach(event -> received.add(event[1]));
        replayed.forEach(event -> received.add(event[1]));
        assertTrue(replayed.size() >= 10, "replayed " + replayed.size() + " events");
        assertTrue(received.size() > accepted, "accepted up to event " + accepted + ", received " + received);
        for (int n = 0; n < received.size(); n++) {
            assertEquals(McpServer.notificationLine(n), received.get(n), "event " + n + " of " + received);
        }
        String streamId = lastId.substring(0, lastId.lastIndexOf(':'));
        long seq = Long.parseLong(lastId.substring(lastId.lastIndexOf(':') + 1));
        for (String[] event : replayed) {
            assertEquals(streamId + ":" + ++seq, event[0]);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops node 2: the last test
    void aNotificationForASessionWhoseStreamWasOnANodeThatLeftWaitsForItsNextStream() throws Exception {
        String session = node1.newSession();
        try (SseConnection stream = openGet(node2, session)) {
            CLUSTER.stop(CLUSTER.nodes().get(1));
            assertEquals(SseConnection.END, lastLine(stream));
        }
        HttpResponse<String> call = node1.post(session, VERSION, toolCall(10, "tell", "after node 2 left"));
        assertTrue(call.body().contains("\"text\":\"told\""), call.body());
        try (SseConnection stream = openGet(node1, session)) {
            assertEquals(logLine("after node 2 left"), nextMessage(stream));
        }
    }

    /**
     * Broadcasts "event 0", "event 1" and on from node 2 (the "announce" tool, called in {@code session}),
     * each once the one before was accepted, until the node is gone.
     */
    private static void broadcastUntilDead(McpServer node, String session, AtomicInteger accepted) {
        try {
            for (int n = 0; n < 2_000; n++) {
                HttpResponse<String> call = node.post(session, VERSION, toolCall(1_000 + n, "announce", "event " + n));
                if (call.statusCode() != 200 || !call.body().contains("\"text\":\"told ")) {
                    return;
                }
                accepted.set(n);
                Thread.sleep(20);
            }
        } catch (IOException gone) {
            // the node was killed
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits, up to a minute, until node 1's data grid has seen a member leave since it had logged {@code before} such lines. */
    private static void awaitDeparture(long before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (MicroCluster.linesWith(CLUSTER.nodes().get(0), DEPARTED) <= before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }
}
