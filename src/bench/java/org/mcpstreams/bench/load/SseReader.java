package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses a {@code text/event-stream} body incrementally into events. Knows {@code id} and
 * {@code data} fields (one data line per event, as the server writes them); comments and
 * {@code retry} are skipped. An event with an empty data field (a priming event) is passed on
 * too: its id counts.
 */
final class SseReader {

    /** Receives each complete event. */
    interface Listener {
        void event(String id, String data);
    }

    private final Listener listener;
    private byte[] line = new byte[256];
    private int length;
    private String id;
    private String data;

    SseReader(Listener listener) {
        this.listener = listener;
    }

    /** Consumes {@code count} bytes of {@code bytes}. */
    void feed(ByteBuffer bytes, int count) {
        for (int i = 0; i < count; i++) {
            byte b = bytes.get();
            if (b == '\n') {
                onLine();
                length = 0;
            } else if (b != '\r') {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }
    }

    private void onLine() {
        if (length == 0) {
            if (id != null || data != null) {
                listener.event(id, data == null ? "" : data);
            }
            id = null;
            data = null;
        } else if (startsWith("data:")) {
            data = value(5);
        } else if (startsWith("id:")) {
            id = value(3);
        }
    }

    private boolean startsWith(String field) {
        if (length < field.length()) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            if (line[i] != field.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int from) {
        int start = from < length && line[from] == ' ' ? from + 1 : from;
        return new String(line, start, length - start, StandardCharsets.ISO_8859_1);
    }
}
