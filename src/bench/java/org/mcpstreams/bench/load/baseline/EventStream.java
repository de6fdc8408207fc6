package org.mcpstreams.bench.load.baseline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One session's GET stream: every event sent on it, kept in memory so that a resume with
 * {@code Last-Event-ID} replays exactly those after the given one, and the connection that carries
 * it, if any. Event {@code n} (from 1) has the id {@code <streamId>:<n>}; 0 is the priming event.
 * Used only on the selector's thread.
 */
final class EventStream {

    private static final byte[] ID = "id: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final String HEADERS = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache, no-transform\r\nX-Accel-Buffering: no\r\nTransfer-Encoding: chunked\r\n\r\n";

    final String session;
    final String id;
    private final byte[] idBytes;
    /** The data of each event, shared by every stream it was broadcast to. */
    private final List<byte[]> events = new ArrayList<>(0);
    private Connection connection;
    /** The sequence number of the last event written to {@link #connection}. */
    private long written;

    EventStream(String session, String id) {
        this.session = session;
        this.id = id;
        this.idBytes = (id + ":").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The last sequence number so far. */
    long last() {
        return events.size();
    }

    /**
     * Carries the stream on {@code to} from the event after {@code after}: the headers, the priming
     * event with id {@code <streamId>:<after>}, then the events sent since. A connection still
     * attached is closed first.
     */
    void attach(Connection to, long after) {
        if (connection != null && connection != to) {
            connection.close();
        }
        connection = to;
        written = after;
        to.carry(this);
        String priming = "id: " + id + ":" + after + "\nretry: 1000\ndata: \n\n";
        to.write((HEADERS + Integer.toHexString(priming.length()) + "\r\n" + priming + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        flush();
    }

    /** Keeps a new event; {@link #flush} sends it. */
    void append(byte[] data) {
        events.add(data);
    }

    /** Writes every event not yet written to the connection as one chunk; nothing when detached. */
    void flush() {
        if (connection == null || written >= events.size()) {
            return;
        }
        int length = 0;
        for (long seq = written + 1; seq <= events.size(); seq++) {
            length += ID.length + idBytes.length + digits(seq) + DATA.length + events.get((int) seq - 1).length + 2;
        }
        byte[] head = (Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = new byte[head.length + length + 2];
        int at = put(chunk, 0, head);
        for (long seq = written + 1; seq <= events.size(); seq++) {
            at = put(chunk, at, ID);
            at = put(chunk, at, idBytes);
            at = put(chunk, at, Long.toString(seq).getBytes(StandardCharsets.ISO_8859_1));
            at = put(chunk, at, DATA);
            at = put(chunk, at, events.get((int) seq - 1));
            chunk[at++] = '\n';
            chunk[at++] = '\n';
        }
        chunk[at++] = '\r';
        chunk[at] = '\n';
        written = events.size();
        connection.write(chunk);
    }

    /** {@code from} no longer carries the stream (it closed or failed); the events stay. */
    void detach(Connection from) {
        if (connection == from) {
            connection = null;
        }
    }

    private static int put(byte[] into, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, into, at, bytes.length);
        return at + bytes.length;
    }

    private static int digits(long value) {
        return Long.toString(value).length();
    }
}
