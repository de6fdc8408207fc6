package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.modern.McpException;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.McpSchema.CallToolResult;
import io.modelcontextprotocol.modern.McpSchema.DiscoverResult;
import io.modelcontextprotocol.modern.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.modern.McpSchema.ElicitResult;
import io.modelcontextprotocol.modern.McpSchema.ListToolsResult;
import io.modelcontextprotocol.modern.McpSchema.ProgressParams;
import io.modelcontextprotocol.modern.McpSchema.Tool;
import io.modelcontextprotocol.modern.client.McpClient;
import io.modelcontextprotocol.modern.client.McpMissingClientCapabilityException;
import io.modelcontextprotocol.modern.client.McpSyncClient;
import io.modelcontextprotocol.modern.client.McpSyncSubscriptionListener;
import io.modelcontextprotocol.modern.client.SubscriptionEvent;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import io.modelcontextprotocol.modern.client.transport.McpHttpRequestCustomizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK's stateless client (io.modelcontextprotocol.sdk:mcp 2.2.0, package
 * {@code io.modelcontextprotocol.modern}) against the deployed WAR on 2026-07-28: no
 * {@code initialize}, no session; every request is a POST that carries the revision, the client's
 * info and capabilities in its {@code _meta} and the {@code Mcp-Method}/{@code Mcp-Name} headers.
 *
 * <p>The client is {@code McpClient.sync(HttpClientMcpTransport.builder(uri).build())}; it speaks
 * 2026-07-28 only (it has no 2025 fallback). Every request the transport sends is recorded through
 * its request customizer, with the headers the transport set.
 */
class JavaSdkStatelessClientIT extends DeployedWarClient {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String VERSION = "2026-07-28";

    private McpSyncClient client;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<ElicitFormRequest> elicited = new CopyOnWriteArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("javamodern").addClass(StatelessTools.class);
    }

    /** A POST as the SDK's transport sent it: its headers (names lower case) and JSON body. */
    record Sent(Map<String, String> headers, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase()));
        }

        String method() {
            return header("Mcp-Method").orElse("");
        }
    }

    @BeforeEach
    void connect() {
        HttpClientMcpTransport transport = HttpClientMcpTransport.builder(server.endpoint())
                .requestCustomizer(McpHttpRequestCustomizer.fromSync((request, headers, context) -> {
                    Map<String, String> copy = new LinkedHashMap<>();
                    headers.forEach((name, value) -> copy.put(name.toLowerCase(), value));
                    sent.add(new Sent(copy, request.body()));
                }))
                .build();
        client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("javamodern-it", null, "1", null, null, null))
                .callTimeout(WAIT)
                .formElicitation(request -> {
                    elicited.add(request);
                    return ElicitResult.accept(Map.of("name", "Ada"));
                })
                .build();
    }

    @Test
    void discoverNamesTheStatelessRevisionTheServerAndItsCapabilitiesWithoutASession() {
        DiscoverResult discovered = client.discover();

        assertEquals(List.of("2025-03-26", "2025-06-18", "2025-11-25", VERSION), discovered.supportedVersions());
        assertEquals(Map.of("name", "mcp-streams", "version", "0.1.0"),
                discovered.meta().get("io.modelcontextprotocol/serverInfo"));
        assertEquals(Boolean.TRUE, discovered.capabilities().tools().listChanged());
        assertEquals(Boolean.TRUE, discovered.capabilities().resources().subscribe());
        assertNotNull(discovered.capabilities().completions());
        assertNull(discovered.capabilities().logging(), "2026-07-28 has no logging capability");
        assertEquals("complete", discovered.resultType());
        assertEquals(0L, discovered.ttlMs());
        assertEquals(McpSchema.CacheScope.PRIVATE, discovered.cacheScope());
        Sent discover = sent.get(0);
        assertEquals("server/discover", discover.method());
        assertEquals(Optional.of(VERSION), discover.header("MCP-Protocol-Version"));
        assertEquals(Optional.empty(), discover.header("Mcp-Session-Id"));
        assertTrue(discover.body().contains("\"io.modelcontextprotocol/clientInfo\":{\"name\":\"javamodern-it\""),
                discover.body());
    }

    @Test
    void toolsListNamesTheDeployedToolsWithTheirSchemasAndCachingHints() {
        ListToolsResult listed = client.listTools().list();

        List<String> names = listed.tools().stream().map(Tool::name).toList();
        assertTrue(names.containsAll(List.of("count", "fail", "greet", "needs-sampling", "route", "sample", "wait")),
                names.toString());
        Tool count = listed.tools().stream().filter(tool -> tool.name().equals("count")).findFirst().orElseThrow();
        assertEquals("test tool count", count.description());
        assertEquals(Map.of("type", "object", "properties",
                Map.of("steps", Map.of("type", "integer", "description", "how many steps"))), count.inputSchema());
        assertNull(listed.nextCursor());
        assertEquals(0L, listed.ttlMs());
        assertEquals("complete", listed.resultType());
        assertTrue(sent.stream().noneMatch(s -> s.method().equals("initialize")), "no initialize was sent");
    }

    @Test
    void callToolCountStreamsItsProgressToTheCallThenItsResult() {
        List<ProgressParams> progress = new CopyOnWriteArrayList<>();

        CallToolResult result = client.tool("count").arguments(Map.of("steps", 2)).progress(progress::add).call();

        assertNotEquals(Boolean.TRUE, result.isError());
        assertEquals("complete", result.resultType());
        assertEquals(1, result.content().size(), result.content().toString());
        assertEquals("counted to 2", assertInstanceOf(McpSchema.TextContent.class, result.content().get(0)).text());
        assertEquals(2, progress.size(), progress.toString());
        for (int step = 1; step <= 2; step++) {
            ProgressParams note = progress.get(step - 1);
            assertEquals((double) step, note.progress());
            assertEquals(2.0, note.total());
            assertEquals("step " + step, note.message());
        }
        Sent call = sent.stream().filter(s -> s.method().equals("tools/call")).findFirst().orElseThrow();
        assertEquals(Optional.of("count"), call.header("Mcp-Name"));
        assertEquals(Optional.of(VERSION), call.header("MCP-Protocol-Version"));
    }

    @Test
    void aToolThatThrowsReachesTheCallerAsMcpExceptionWithItsCodeAndMessage() {
        McpException failed = assertThrows(McpException.class, () -> client.tool("fail").call());

        assertEquals(-32602, failed.error().code());
        assertEquals("no such thing", failed.error().message());
    }

    @Test
    void aToolRequiringSamplingIsRefusedWithTheMissingCapabilityNamed() {
        McpMissingClientCapabilityException refused = assertThrows(McpMissingClientCapabilityException.class,
                () -> client.tool("needs-sampling").call());

        assertEquals(-32021, refused.error().code());
        assertTrue(refused.requiredCapabilities().supportsSampling(), refused.requiredCapabilities().toString());
    }

    @Test
    void aToolThatAsksTheUserIsAnsweredByTheFormElicitationHandlerAndRetriedWithItsState() {
        CallToolResult result = client.tool("greet").call();

        assertEquals("Hello, Ada!", assertInstanceOf(McpSchema.TextContent.class, result.content().get(0)).text());
        assertEquals(1, elicited.size(), elicited.toString());
        assertEquals("Your name?", elicited.get(0).message());
        assertEquals(Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"))),
                elicited.get(0).requestedSchema());
        List<Sent> calls = sent.stream().filter(s -> s.method().equals("tools/call")).toList();
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(1).body().contains("\"inputResponses\":{\"user_name\":{\"action\":\"accept\","
                + "\"content\":{\"name\":\"Ada\"}}}"), calls.get(1).body());
        assertTrue(calls.get(1).body().contains("\"requestState\":\""), calls.get(1).body());
    }

    @Test
    void argumentsTheToolMirrorsGoIntoMcpParamHeadersThatTheServerAccepts() {
        CallToolResult result = client.tool("route").arguments(Map.of("region", "Zürich", "shard", 7)).call();

        assertEquals("Zürich/7", assertInstanceOf(McpSchema.TextContent.class, result.content().get(0)).text());
        Sent call = sent.stream().filter(s -> s.method().equals("tools/call")).findFirst().orElseThrow();
        assertEquals(Optional.of("=?base64?WsO8cmljaA==?="), call.header("Mcp-Param-Region"));
        assertEquals(Optional.of("7"), call.header("Mcp-Param-Shard"));
    }

    @Test
    void aListenStreamIsAcknowledgedThenHearsThatTheToolsChanged() throws Exception {
        BlockingQueue<SubscriptionEvent> events = new LinkedBlockingQueue<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (McpSyncClient.Listening listening = client.listen().toolsChanged().open(new McpSyncSubscriptionListener() {
            @Override
            public void onEvent(SubscriptionEvent event) {
                events.add(event);
            }

            @Override
            public void onError(Throwable error) {
                errors.add(error);
            }
        })) {
            SubscriptionEvent.Subscribed subscribed = assertInstanceOf(SubscriptionEvent.Subscribed.class, next(events));
            assertTrue(subscribed.honoured().wantsToolsListChanged(), subscribed.toString());
            assertEquals("added javamodern-extra", server.support("features/add-tool?name=javamodern-extra"));
            try {
                assertInstanceOf(SubscriptionEvent.ToolsListChanged.class, next(events));
            } finally {
                server.support("features/remove-tool?name=javamodern-extra");
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of("subscriptions/listen"), sent.stream().map(Sent::method).toList());
    }

    /**
     * Documents SDK 2.2.0 as it is: {@code McpSyncClient.tool(name)} calls only a tool that
     * {@code tools/list} named (it lists first, to learn which arguments to mirror into headers), so
     * an unknown name never reaches the server and the server's "Unknown tool" error (-32602, which
     * the TypeScript client receives) cannot be observed through this client.
     */
    @Test
    void sdkRefusesToCallAToolTheServerDidNotListWithoutSendingTheCall() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> client.tool("no-such-tool").call());

        assertTrue(refused.getMessage().contains("isn't listed by the server"), refused.getMessage());
        assertEquals(List.of("tools/list"), sent.stream().map(Sent::method).toList());
    }

    private static SubscriptionEvent next(BlockingQueue<SubscriptionEvent> events) throws InterruptedException {
        SubscriptionEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(event, "no subscription event within " + WAIT);
        return event;
    }
}
