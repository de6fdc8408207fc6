package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.InitializeResult;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The official MCP Java SDK (io.modelcontextprotocol.sdk:mcp 2.2.0) as a 2025-11-25 client:
 * {@link HttpClientStreamableHttpTransport} against the deployed WAR. (The same SDK's stateless
 * 2026-07-28 client is {@link JavaSdkStatelessClientIT}'s.)
 *
 * <p>The client is the SDK's async one, and its consumers record synchronously: the SDK runs
 * them on the thread that reads the SSE stream, one after another, so they see messages in wire
 * order. (The sync client's consumers are each scheduled on {@code Schedulers.boundedElastic()}
 * and may run out of order, which would say nothing about the server.) Every request the
 * transport sends is recorded through its request customizer: that is how the tests learn the
 * session id, which the SDK does not expose, and see the SDK's GETs and their headers.
 */
class JavaSdkClientIT extends DeployedWarClient {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String VERSION = "2025-11-25";
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";
    private static final Pattern RESUMED = Pattern.compile("resumed=(\\d+)");

    private McpAsyncClient client;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final BlockingQueue<LoggingMessageNotification> logs = new LinkedBlockingQueue<>();
    private final BlockingQueue<ProgressNotification> progress = new LinkedBlockingQueue<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("javaclient");
    }

    /** A request as the SDK's transport sent it, and its JSON body (null for GET and DELETE). */
    record Sent(HttpRequest request, String body) {

        String method() {
            return request.method();
        }

        Optional<String> header(String name) {
            return request.headers().firstValue(name);
        }
    }

    @BeforeEach
    void connect() {
        URI endpoint = server.endpoint();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(endpoint.getScheme() + "://" + endpoint.getRawAuthority())
                .endpoint(endpoint.getRawPath())
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        sent.add(new Sent(request.copy().build(), body)))
                .build();
        client = McpClient.async(transport)
                .clientInfo(new McpSchema.Implementation("javaclient-it", "1"))
                .requestTimeout(WAIT)
                .initializationTimeout(WAIT)
                .loggingConsumer(message -> Mono.fromRunnable(() -> logs.add(message)))
                .progressConsumer(note -> Mono.fromRunnable(() -> progress.add(note)))
                .build();
    }

    @AfterEach
    void close() {
        client.closeGracefully().block(WAIT);
    }

    @Test
    void initializeNegotiatesTheLatestRevisionWithMcpStreams() throws Exception {
        InitializeResult result = client.initialize().block(WAIT);

        assertNotNull(result);
        assertEquals(VERSION, result.protocolVersion());
        assertEquals("mcp-streams", result.serverInfo().name());
        assertEquals("0.1.0", result.serverInfo().version());
        assertEquals(Boolean.TRUE, result.capabilities().tools().listChanged());
        // the first request had no session; the initialized notification names the session the
        // server started and the negotiated revision, and the server knows that session
        Sent initialize = sent.get(0);
        assertEquals("POST", initialize.method());
        assertTrue(initialize.body().contains("\"method\":\"initialize\""), initialize.body());
        assertEquals(Optional.empty(), initialize.header("Mcp-Session-Id"));
        Sent initialized = sent.stream().filter(s -> s.body() != null
                && s.body().contains("\"method\":\"notifications/initialized\"")).findFirst().orElseThrow();
        assertEquals(Optional.of(VERSION), initialized.header("MCP-Protocol-Version"));
        String session = initialized.header("Mcp-Session-Id").orElseThrow();
        assertEquals(200, server.post(session, VERSION, PING).statusCode());
    }

    @Test
    void callToolCountAnswersWithItsTextAfterItsProgressAndLog() throws Exception {
        client.initialize().block(WAIT);

        CallToolResult result = client.callTool(CallToolRequest.builder("count")
                .arguments(Map.of("steps", 2)).progressToken("count-progress").build()).block(WAIT);

        assertNotNull(result);
        assertNotEquals(Boolean.TRUE, result.isError());
        assertEquals(1, result.content().size(), result.content().toString());
        assertEquals("counted to 2", assertInstanceOf(McpSchema.TextContent.class, result.content().get(0)).text());
        for (int step = 1; step <= 2; step++) {
            ProgressNotification note = progress.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(note, "progress " + step);
            assertEquals("count-progress", note.progressToken());
            assertEquals((double) step, note.progress());
            assertEquals(2.0, note.total());
            assertEquals("step " + step, note.message());
        }
        assertNull(progress.poll());
        LoggingMessageNotification log = logs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(log, "the call's log message");
        assertEquals(LoggingLevel.INFO, log.level());
        assertEquals("counted to 2", log.data());
        assertNull(logs.poll());
    }

    @Test
    void serverNotificationsReachTheLoggingConsumerInOrderOnTheSdksGetStream() throws Exception {
        client.initialize().block(WAIT);
        String session = sessionId();

        server.notify(session, 1, 20);
        for (int n = 1; n <= 20; n++) {
            LoggingMessageNotification log = nextLog();
            assertEquals("event " + n, log.data());
            assertEquals(LoggingLevel.INFO, log.level());
        }
        // nothing came twice: the next message is the next one sent
        server.notify(session, 21, 1);
        assertEquals("event 21", nextLog().data());
        // they came on the one GET stream the SDK opened for the session
        List<Sent> gets = gets();
        assertEquals(1, gets.size(), gets.toString());
        assertEquals(Optional.of(session), gets.get(0).header("Mcp-Session-Id"));
        assertEquals(Optional.of("text/event-stream"), gets.get(0).header("Accept"));
        assertEquals(Optional.of(VERSION), gets.get(0).header("MCP-Protocol-Version"));
    }

    /**
     * Documents SDK 2.2.0 (as 2.1.0 before it) as it is: it never resumes a dropped GET stream. In
     * {@code HttpClientStreamableHttpTransport.consumeSseStream} every event of the GET stream is
     * handed to a new {@code DefaultMcpTransportStream} wrapping {@code Flux.just(event)}, so the
     * last event id is kept nowhere that outlives the event, and the stream's reconnect (in that
     * class's {@code doOnError}) can never fire; the end or failure of the GET response itself
     * only reaches {@code onErrorComplete}/{@code handleException}. The SDK's own conformance
     * notes list {@code sse-retry} as failing: "doesn't send the Last-Event-ID header". The
     * server side holds up: the missed notifications wait on the detached stream, and a resume
     * from the last event the SDK saw replays exactly those, once, in order. When an SDK release
     * resumes by itself, this test fails, and should then assert that the SDK receives 4 to 6.
     */
    @Test
    void sdkNeverResumesADroppedGetStreamButTheServerKeepsTheMissedNotificationsForAResume()
            throws Exception {
        client.initialize().block(WAIT);
        String session = sessionId();
        server.notify(session, 1, 3);
        for (int n = 1; n <= 3; n++) {
            assertEquals("event " + n, nextLog().data());
        }
        long resumedBefore = resumed();

        List<String> dropped = server.disconnectSessionStreams(session);
        assertEquals(1, dropped.size(), dropped.toString());
        String streamId = dropped.get(0);
        server.notify(session, 4, 3);

        // the client still works over POST, and its call's own stream still delivers
        CallToolResult result = client.callTool(CallToolRequest.builder("count")
                .arguments(Map.of("steps", 1)).build()).block(WAIT);
        assertNotNull(result);
        assertEquals("counted to 1", assertInstanceOf(McpSchema.TextContent.class, result.content().get(0)).text());
        assertEquals("counted to 1", nextLog().data());
        // but events 4 to 6 never reach it: it neither resumed nor opened another GET
        assertNull(logs.poll(1500, TimeUnit.MILLISECONDS));
        List<Sent> gets = gets();
        assertEquals(1, gets.size(), gets.toString());
        assertEquals(Optional.empty(), gets.get(0).header("Last-Event-ID"));
        assertEquals(resumedBefore, resumed());

        // the server kept them: resuming after the last event the SDK received (id :3; the
        // priming event was :0) replays exactly 4 to 6, then live events
        try (SseConnection resumed = server.resume(session, streamId + ":3")) {
            assertEquals(200, resumed.status());
            assertEquals(List.of("id: " + streamId + ":3", "retry: 1000", "data: "), resumed.nextEvent());
            for (int n = 4; n <= 6; n++) {
                assertEquals(List.of("id: " + streamId + ":" + n, McpServer.notificationLine(n)), resumed.nextEvent());
            }
            server.notify(session, 7, 1);
            assertEquals(List.of("id: " + streamId + ":7", McpServer.notificationLine(7)), resumed.nextEvent());
        }
        assertEquals(resumedBefore + 1, resumed());
        assertNull(logs.poll());
    }

    @Test
    void closeGracefullyDeletesTheSessionAndTheServerForgetsIt() throws Exception {
        client.initialize().block(WAIT);
        String session = sessionId();
        assertEquals(200, server.post(session, VERSION, PING).statusCode());

        client.closeGracefully().block(WAIT);

        Sent delete = sent.get(sent.size() - 1);
        assertEquals("DELETE", delete.method());
        assertEquals(Optional.of(session), delete.header("Mcp-Session-Id"));
        HttpResponse<String> ping = server.post(session, VERSION, PING);
        assertEquals(404, ping.statusCode());
        assertJsonEquals("""
                {
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": {"code": -32001, "message": "Session not found: initialize a new session"}
                }
                """, ping.body());
    }

    /** The session id the server gave, as the SDK sends it after initialize. */
    private String sessionId() {
        List<String> ids = sent.stream().map(s -> s.header("Mcp-Session-Id")).flatMap(Optional::stream)
                .distinct().toList();
        assertEquals(1, ids.size(), ids.toString());
        return ids.get(0);
    }

    private List<Sent> gets() {
        return sent.stream().filter(s -> s.method().equals("GET")).toList();
    }

    private LoggingMessageNotification nextLog() throws InterruptedException {
        LoggingMessageNotification log = logs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(log, "no log message within " + WAIT);
        return log;
    }

    /** The registry's count of successful resumes with Last-Event-ID. */
    private long resumed() throws Exception {
        String stats = server.stats();
        Matcher resumed = RESUMED.matcher(stats);
        assertTrue(resumed.find(), stats);
        return Long.parseLong(resumed.group(1));
    }

}
