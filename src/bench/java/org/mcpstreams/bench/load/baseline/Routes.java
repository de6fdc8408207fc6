package org.mcpstreams.bench.load.baseline;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mcpstreams.bench.server.StampedData;

/**
 * The requests the baseline answers, as the load client and its trigger send them: {@code POST /mcp}
 * {@code initialize} (200, a new {@code Mcp-Session-Id}) and {@code notifications/initialized}
 * (202); {@code GET /mcp}, a new stream or, with {@code Last-Event-ID}, the resume of one;
 * {@code POST /bench/broadcast} and {@code GET /bench/stats} as the bench WAR has them. A broadcast
 * keeps each notification in every stream, then writes each stream's new events as one chunk.
 */
final class Routes {

    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{\"logging\":{}},\"serverInfo\":{\"name\":\"baseline\",\"version\":\"1\"}}}";

    private final SecureRandom random = new SecureRandom();
    private final Set<String> sessions = new HashSet<>();
    private final Map<String, EventStream> streams = new LinkedHashMap<>();
    private long broadcasts;

    void handle(Connection connection, Request request) {
        switch (request.method() + " " + request.path()) {
            case "POST /mcp" -> post(connection, request);
            case "GET /mcp" -> stream(connection, request);
            case "POST /bench/broadcast" -> broadcast(connection, request);
            case "GET /bench/stats" -> text(connection, "sessions=" + sessions.size() + ", streams=" + streams.size()
                    + ", broadcasts=" + broadcasts);
            default -> connection.respond(404, "Not Found", null, "", "");
        }
    }

    private void post(Connection connection, Request request) {
        if (request.body().contains("\"method\":\"initialize\"")) {
            String session = newId();
            sessions.add(session);
            connection.respond(200, "OK", "application/json", "Mcp-Session-Id: " + session + "\r\n", INITIALIZED);
        } else if (!sessions.contains(request.headers().get("mcp-session-id"))) {
            connection.respond(404, "Not Found", null, "", "");
        } else if (request.body().contains("\"method\":\"notifications/initialized\"")) {
            connection.respond(202, "Accepted", null, "", "");
        } else {
            connection.respond(400, "Bad Request", null, "", "");
        }
    }

    private void stream(Connection connection, Request request) {
        String session = request.headers().get("mcp-session-id");
        if (!sessions.contains(session)) {
            connection.respond(404, "Not Found", null, "", "");
            return;
        }
        String lastEventId = request.headers().get("last-event-id");
        if (lastEventId == null) {
            EventStream stream = new EventStream(session, newId());
            streams.put(stream.id, stream);
            stream.attach(connection, 0);
            return;
        }
        int colon = lastEventId.lastIndexOf(':');
        EventStream stream = colon < 0 ? null : streams.get(lastEventId.substring(0, colon));
        long after = colon < 0 ? -1 : Long.parseLong(lastEventId.substring(colon + 1));
        if (stream == null || !stream.session.equals(session) || after < 0 || after > stream.last()) {
            connection.respond(404, "Not Found", null, "", "");
            return;
        }
        stream.attach(connection, after);
    }

    private void broadcast(Connection connection, Request request) {
        int round = request.intParam("round");
        int from = request.intParam("from");
        int bytes = request.intParam("bytes");
        for (int n = from; n < from + request.intParam("count"); n++) {
            byte[] data = ("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\","
                    + "\"logger\":\"bench\",\"data\":\"" + StampedData.of(round, n, bytes) + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            streams.values().forEach(stream -> stream.append(data));
            broadcasts++;
        }
        streams.values().forEach(EventStream::flush);
        text(connection, String.valueOf(streams.size()));
    }

    private static void text(Connection connection, String body) {
        connection.respond(200, "OK", "text/plain", "", body);
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
