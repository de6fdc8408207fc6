package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client that opens a {@code GET /mcp} stream over a plain socket with a small receive buffer,
 * reads up to its first event, then stops reading: the server's writes to it soon cannot finish.
 * {@link #readToEnd} later reads everything the server wrote before it closed the connection.
 */
final class StalledReader implements AutoCloseable {

    /** One complete SSE event as the stalled client received it. */
    record Event(String id, String data) {
    }

    /** What {@link #stallAndServeAnother} sends the stalled client: about 20 MB. */
    static final int NOTIFICATIONS = 300;
    private static final int PADDING = 64 * 1024;

    private final Socket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    private StalledReader(Socket socket) {
        this.socket = socket;
    }

    /**
     * Opens {@code session}'s GET stream and stops reading it; has the server send it
     * {@link #NOTIFICATIONS} notifications of about 64 kB ("event n" and padding), more than the
     * socket buffers and the container's write queue hold; then checks that another client's event
     * goes out meanwhile.
     *
     * @return the stalled client, still open
     */
    static StalledReader stallAndServeAnother(McpServer server, String session, String served) throws Exception {
        StalledReader stalled = open(server.endpoint(), McpServer.streamHeaders(session, "2025-11-25"));
        try {
            server.support("notify?session=" + session + "&from=1&count=" + NOTIFICATIONS + "&padding=" + PADDING);
            String otherSession = server.newSession();
            try (SseConnection other = server.openStream(otherSession)) {
                other.nextEvent();
                server.notify(otherSession, 1, 1);
                List<String> event = other.nextEvent(); // 20 s at most
                assertEquals(McpServer.notificationLine(1), event.get(event.size() - 1), served);
            }
            return stalled;
        } catch (Exception | AssertionError e) {
            stalled.close();
            throw e;
        }
    }

    /** Opens the stream with {@code headers} and returns once its first event has arrived. */
    static StalledReader open(URI endpoint, Map<String, String> headers) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
        socket.setSoTimeout(20_000);
        StringBuilder request = new StringBuilder("GET " + endpoint.getRawPath() + " HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.getHost()).append(':').append(endpoint.getPort()).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        StalledReader reader = new StalledReader(socket);
        reader.readUntilFirstEvent();
        return reader;
    }

    /**
     * Reads on until the server ends the response (its last chunk, or closing the connection), at
     * most {@code within}.
     *
     * @return the complete events received since the stream opened, priming event first
     * @throws AssertionError when the connection is still open after {@code within}
     */
    List<Event> readToEnd(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                received.write(chunk, 0, n);
                if (ended()) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            String text = received.toString(StandardCharsets.ISO_8859_1);
            throw new AssertionError("the server kept the stalled connection open for " + within + " after "
                    + received.size() + " bytes, ending " + text.substring(Math.max(0, text.length() - 120)), e);
        } catch (IOException reset) {
            // a reset ends the connection as a close does; what arrived before it counts
        }
        return events(body());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void readUntilFirstEvent() throws IOException {
        InputStream in = socket.getInputStream();
        while (!received.toString(StandardCharsets.UTF_8).matches("(?s).*\r\n\r\n.*id: [^\n]*\n(.*\n)?\n.*")) {
            int next = in.read();
            if (next < 0) {
                throw new AssertionError("the stream ended before its first event: " + received);
            }
            received.write(next);
        }
    }

    /** Whether the chunked body ended with its last, empty chunk (the connection may stay open). */
    private boolean ended() {
        byte[] bytes = received.toByteArray();
        String tail = new String(bytes, Math.max(0, bytes.length - 7), Math.min(7, bytes.length), StandardCharsets.ISO_8859_1);
        return tail.endsWith("\r\n0\r\n\r\n");
    }

    /** The response body, without its chunked framing; a last chunk cut short counts as far as it came. */
    private String body() {
        String raw = received.toString(StandardCharsets.ISO_8859_1);
        int headersEnd = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, headersEnd).toLowerCase();
        byte[] bytes = received.toByteArray();
        int at = headersEnd + 4;
        if (!headers.contains("transfer-encoding: chunked")) {
            return new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (at < bytes.length) {
            int lineEnd = raw.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(raw.substring(at, lineEnd).split(";")[0].trim(), 16);
            int start = lineEnd + 2;
            body.write(bytes, start, Math.min(size, bytes.length - start));
            at = start + size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The events of an SSE body; an event the connection cut in the middle is left out. */
    private static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        String[] blocks = body.replace("\r\n", "\n").split("\n\n", -1);
        for (int i = 0; i < blocks.length - 1; i++) {
            String id = null;
            StringBuilder data = null;
            for (String line : blocks[i].split("\n")) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data:")) {
                    String value = line.startsWith("data: ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
            if (id != null) {
                events.add(new Event(id, data == null ? "" : data.toString()));
            }
        }
        return events;
    }
}
