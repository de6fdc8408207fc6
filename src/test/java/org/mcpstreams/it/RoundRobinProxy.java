package org.mcpstreams.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load balancer without stickiness, in front of the nodes of a cluster, on 127.0.0.1: each HTTP
 * request goes to the next node in turn, whatever connection or session it comes with, and its
 * response is passed back as it arrives (an SSE stream event by event). Counts the requests each
 * node got, by method. For the tests only: a deployment puts nginx or HAProxy there (README).
 */
final class RoundRobinProxy implements AutoCloseable {

    /** Headers that belong to one hop, or that the JDK's client sets itself. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "transfer-encoding", "upgrade");

    private final List<URL> nodes;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** Starts listening on {@code port} of 127.0.0.1, in front of {@code nodes} (their root URLs). */
    RoundRobinProxy(int port, List<URL> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** The proxy's root URL, where the nodes' roots are. */
    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many requests with {@code method} node {@code n} (from 0) got so far. */
    long requests(int n, String method) {
        AtomicLong count = counts.get(n + " " + method);
        return count == null ? 0 : count.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        int n = Math.floorMod(next.getAndIncrement(), nodes.size());
        counts.computeIfAbsent(n + " " + exchange.getRequestMethod(), key -> new AtomicLong()).incrementAndGet();
        try (exchange) {
            HttpResponse<InputStream> response = client.send(upstream(exchange, nodes.get(n)),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            try (InputStream body = response.body()) {
                copy(response, body, exchange);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientOrNodeGone) {
            // the client went away (its stream is closed upstream by the try above) or the node did
        }
    }

    private static HttpRequest upstream(HttpExchange exchange, URL node) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.toString())
                        .resolve(exchange.getRequestURI().toString().substring(1)))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    /** Passes the node's response on as it arrives: the headers at once, then each read, flushed. */
    private static void copy(HttpResponse<?> response, InputStream body, HttpExchange exchange) throws IOException {
        boolean empty = response.headers().firstValueAsLong("content-length").orElse(-1) == 0;
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : 0);
        OutputStream out = exchange.getResponseBody();
        byte[] buffer = new byte[8192];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            out.write(buffer, 0, read);
            out.flush();
        }
    }

    /** Stops listening and ends the streams still open. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
