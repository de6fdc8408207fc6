package org.mcpstreams.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** The deployed server as the tests reach it: over loopback, whatever address Arquillian reports. */
final class McpServer {

    /** The stateless revision's version. */
    static final String STATELESS = "2026-07-28";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String root;

    McpServer(URL base) {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        this.root = "http://127.0.0.1:" + base.getPort() + path;
    }

    /** The {@code _meta} member of a stateless request from a client with {@code capabilities}, a JSON object. */
    static String statelessMeta(String capabilities) {
        return "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + STATELESS + "\","
                + "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + "}";
    }

    URI endpoint() {
        return URI.create(root + "mcp");
    }

    /** Starts a session as a client on {@code protocolVersion} would, and returns its id. */
    String initialize(String protocolVersion) throws IOException, InterruptedException {
        HttpResponse<String> response = post(null, protocolVersion, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"" + protocolVersion + "\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}");
        if (response.statusCode() != 200) {
            throw new AssertionError("initialize at " + endpoint() + " answered " + response.statusCode() + " ("
                    + reachability() + "): " + response.body());
        }
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        post(session, protocolVersion, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        return session;
    }

    /** What the deployment's test support and the server's root answer now; for a failure's message. */
    private String reachability() {
        List<String> answers = new ArrayList<>();
        for (URI probe : List.of(URI.create(root + "test-support/stats"), endpoint().resolve("/"))) {
            try {
                int status = CLIENT.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                answers.add("GET " + probe + " answered " + status);
            } catch (IOException failed) {
                answers.add("GET " + probe + " failed: " + failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return String.join("; ", answers);
    }

    /** A session on the latest protocol revision. */
    String newSession() throws IOException, InterruptedException {
        return initialize("2025-11-25");
    }

    /** POSTs one body as a current client would; null session or version leaves that header out. */
    HttpResponse<String> post(String session, String protocolVersion, String body)
            throws IOException, InterruptedException {
        return CLIENT.send(postRequest(session, protocolVersion, body), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs one body as {@link #post} does, without waiting for the answer. */
    CompletableFuture<HttpResponse<String>> postAsync(String session, String protocolVersion, String body) {
        return CLIENT.sendAsync(postRequest(session, protocolVersion, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postRequest(String session, String protocolVersion, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        if (protocolVersion != null) {
            request.header("MCP-Protocol-Version", protocolVersion);
        }
        return request.build();
    }

    /** The headers of a current client's GET for {@code session}. */
    static Map<String, String> streamHeaders(String session, String protocolVersion) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/event-stream");
        headers.put("Mcp-Session-Id", session);
        if (protocolVersion != null) {
            headers.put("MCP-Protocol-Version", protocolVersion);
        }
        return headers;
    }

    SseConnection openStream(String session) throws IOException, InterruptedException {
        return SseConnection.get(endpoint(), streamHeaders(session, "2025-11-25"));
    }

    SseConnection resume(String session, String lastEventId) throws IOException, InterruptedException {
        Map<String, String> headers = streamHeaders(session, "2025-11-25");
        headers.put("Last-Event-ID", lastEventId);
        return SseConnection.get(endpoint(), headers);
    }

    /** POSTs a request whose answer streams, as a current client on 2025-11-25 would. */
    SseConnection postStreamed(String session, String body) throws IOException, InterruptedException {
        return SseConnection.post(endpoint(), Map.of("Accept", "application/json, text/event-stream",
                "Content-Type", "application/json", "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25"),
                body);
    }

    /**
     * POSTs a request of the stateless revision (2026-07-28), with its {@code Mcp-Method} header,
     * its {@code Mcp-Name} unless null, and {@code headers}.
     */
    HttpResponse<String> postStateless(String method, String name, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", STATELESS).header("Mcp-Method", method)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (name != null) {
            request.header("Mcp-Name", name);
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a {@code subscriptions/listen} stream of the stateless revision with {@code params}. */
    SseConnection listen(String id, String params) throws IOException, InterruptedException {
        return SseConnection.post(endpoint(), Map.of("Accept", "application/json, text/event-stream",
                "Content-Type", "application/json", "MCP-Protocol-Version", STATELESS,
                "Mcp-Method", "subscriptions/listen"), "{\"jsonrpc\":\"2.0\",\"id\":\"" + id
                + "\",\"method\":\"subscriptions/listen\",\"params\":" + params + "}");
    }

    /** The last {@code data: {…}} line of an answer's body (its JSON-RPC response on an SSE stream), else the body. */
    static String lastData(String sse) {
        String[] lines = sse.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("data: {")) {
                return lines[i];
            }
        }
        return sse;
    }

    /** Ends a session with DELETE; returns the status. */
    int delete(String session) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(endpoint()).DELETE().header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", "2025-11-25").build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The {@code data:} line of notification {@code n} as {@link #notify} has the server send it. */
    static String notificationLine(int n) {
        return "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\","
                + "\"params\":{\"level\":\"info\",\"data\":\"event " + n + "\"}}";
    }

    /** Has the server send notifications "event from" .. "event from+count-1" to a session. */
    void notify(String session, int from, int count) throws IOException, InterruptedException {
        support("notify?session=" + session + "&from=" + from + "&count=" + count);
    }

    /** Has the server close every stream of a session, as the end of the session would. */
    void closeSession(String session) throws IOException, InterruptedException {
        support("close-session?session=" + session);
    }

    /** The server's application metrics, in Prometheus text. */
    String metrics() throws IOException, InterruptedException {
        URI metrics = endpoint().resolve("/metrics?scope=application");
        return CLIENT.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Moves the server's clock forward and runs its sweep. */
    void advanceClock(long seconds) throws IOException, InterruptedException {
        support("clock?seconds=" + seconds);
    }

    /** A condition the server reaches in its own time. */
    interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Steps the clock one keep-alive interval at a time (each step makes the server write to its
     * idle streams, which is how it notices a closed connection) until {@code done} holds, at most
     * 50 steps, giving each step's writes 100 ms.
     */
    void stepClockUntil(Condition done) throws Exception {
        for (int step = 0; step < 50 && !done.holds(); step++) {
            advanceClock(16);
            Thread.sleep(100);
        }
    }

    /** Whether the registry's counters ({@link #stats()}) show {@code counter}, as {@code name=value}. */
    static boolean shows(String stats, String counter) {
        return Pattern.compile("\\b" + Pattern.quote(counter) + "\\b").matcher(stats).find();
    }

    /** Waits until the registry's counters ({@link #stats()}) show {@code counter}, at most {@code within}. */
    void awaitStats(String counter, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!shows(stats(), counter)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + counter + " within " + within + ": " + stats());
            }
            Thread.sleep(100);
        }
    }

    /** Calls a test-support endpoint without waiting for its answer. */
    CompletableFuture<HttpResponse<String>> supportAsync(String query) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(root + "test-support/" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Has the server drop the connections of a session's GET streams, keeping the streams for a
     * resume; returns the ids of the streams dropped.
     */
    List<String> disconnectSessionStreams(String session) throws IOException, InterruptedException {
        String ids = support("disconnect-session-streams?session=" + session);
        return ids.isEmpty() ? List.of() : List.of(ids.split("\n"));
    }

    /** The registry's gauges and counters, as {@code StreamStats.toString()}. */
    String stats() throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(root + "test-support/stats"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("test support stats answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String support(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(root + "test-support/" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("test support " + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
