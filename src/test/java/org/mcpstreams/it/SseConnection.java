package org.mcpstreams.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP client's view of one {@code GET /mcp}: the status and headers, then the body read
 * line by line as it arrives, so tests can assert the literal SSE text. {@link #close()} cuts the
 * connection the way a dropped network would.
 */
final class SseConnection implements AutoCloseable {

    /** What the reader thread queues when the server ends the response. */
    static final String END = "\u0000end";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** How the body ended, once it did; for the message of a test that did not expect it to. */
    private volatile String ending = "the body has not ended";
    /** The last lines read, for the same message. */
    private final Deque<String> lastLines = new ArrayDeque<>();

    private SseConnection(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends the GET and returns once the response headers have arrived. */
    static SseConnection get(URI endpoint, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).GET().timeout(WAIT);
        headers.forEach(request::header);
        return new SseConnection(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** Sends a POST and returns once the response headers have arrived. */
    static SseConnection post(URI endpoint, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(WAIT);
        headers.forEach(request::header);
        return new SseConnection(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next line of the body, or {@link #END} once the server has ended it. */
    String nextLine() throws InterruptedException {
        String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no line within " + WAIT);
        }
        return line;
    }

    /** The lines of the next SSE block (up to a blank line), or [END] once the body ended. */
    List<String> nextBlock() throws InterruptedException {
        List<String> block = new ArrayList<>();
        while (true) {
            String line = nextLine();
            if (line.equals(END)) {
                return block.isEmpty() ? List.of(END) : block;
            }
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    return block;
                }
                continue;
            }
            block.add(line);
        }
    }

    /** The next block that is an event (has an id or data), skipping comments. */
    List<String> nextEvent() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> block = nextBlock();
            if (!block.stream().allMatch(line -> line.startsWith(":"))) {
                return block;
            }
        }
        throw new AssertionError("only comments within " + WAIT);
    }

    /** The whole body of a response that is not a stream. */
    String body() throws InterruptedException {
        StringBuilder body = new StringBuilder();
        for (String line = nextLine(); !line.equals(END); line = nextLine()) {
            body.append(line);
        }
        return body.toString();
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is going away either way
        }
    }

    /**
     * How the body ended: at its end as the server sent it, or with the read failing (and how),
     * after which lines; "has not ended" while it is open.
     */
    String ending() {
        synchronized (lastLines) {
            return ending + ", after " + lastLines;
        }
    }

    private void read() {
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                remember(line);
                lines.add(line);
            }
            ending = "the body ended as the server sent it";
        } catch (IOException closed) {
            // cut by close() or by the server
            ending = "the read failed: " + closed;
        }
        lines.add(END);
    }

    private void remember(String line) {
        synchronized (lastLines) {
            lastLines.addLast(line);
            if (lastLines.size() > 12) {
                lastLines.removeFirst();
            }
        }
    }
}
