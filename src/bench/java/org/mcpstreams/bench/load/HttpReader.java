package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HTTP/1.1 responses incrementally from whatever bytes arrive: the status line, headers,
 * then a body framed by {@code Content-Length} or chunked encoding, handed to the current
 * {@link Exchange} as it comes.
 */
final class HttpReader {

    private enum State { STATUS, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER, IDLE }

    private final StringBuilder line = new StringBuilder(64);
    private State state = State.IDLE;
    private Exchange exchange;
    private int status;
    private Map<String, String> headers;
    private long remaining;

    /** Expects the response of a request just sent, for {@code to}. */
    void expect(Exchange to) {
        exchange = to;
        state = State.STATUS;
        headers = new HashMap<>();
        line.setLength(0);
    }

    Exchange exchange() {
        return state == State.IDLE ? null : exchange;
    }

    /** Consumes every byte of {@code bytes}. */
    void feed(ByteBuffer bytes) {
        while (bytes.hasRemaining() && state != State.IDLE) {
            if (state == State.BODY || state == State.CHUNK_DATA) {
                int length = (int) Math.min(remaining, bytes.remaining());
                Exchange current = exchange;
                remaining -= length;
                if (remaining == 0) {
                    state = state == State.BODY ? State.IDLE : State.CHUNK_END;
                }
                current.body(bytes, length);
                if (state == State.IDLE) {
                    current.complete();
                }
            } else if (readLine(bytes)) {
                onLine(line.toString());
                line.setLength(0);
            }
        }
        if (bytes.hasRemaining()) {
            bytes.position(bytes.limit());
        }
    }

    private boolean readLine(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            char c = (char) (bytes.get() & 0xff);
            if (c == '\n') {
                return true;
            }
            if (c != '\r') {
                line.append(c);
            }
        }
        return false;
    }

    private void onLine(String text) {
        switch (state) {
            case STATUS -> {
                status = Integer.parseInt(text.substring(9, 12));
                state = State.HEADERS;
            }
            case HEADERS -> {
                if (text.isEmpty()) {
                    bodyStarts();
                } else {
                    int colon = text.indexOf(':');
                    headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
                }
            }
            case CHUNK_SIZE -> {
                int semicolon = text.indexOf(';');
                remaining = Long.parseLong(semicolon < 0 ? text.trim() : text.substring(0, semicolon).trim(), 16);
                state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = State.CHUNK_SIZE;
            case TRAILER -> {
                if (text.isEmpty()) {
                    state = State.IDLE;
                    exchange.complete();
                }
            }
            default -> throw new IllegalStateException("no line expected in " + state);
        }
    }

    private void bodyStarts() {
        Exchange current = exchange;
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        String length = headers.get("content-length");
        remaining = length == null ? Long.MAX_VALUE : Long.parseLong(length);
        state = chunked ? State.CHUNK_SIZE : remaining == 0 || status == 204 || status == 304 ? State.IDLE : State.BODY;
        current.headers(status, headers);
        if (state == State.IDLE) {
            current.complete();
        }
    }
}
