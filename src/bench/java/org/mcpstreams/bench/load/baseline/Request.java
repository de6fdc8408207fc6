package org.mcpstreams.bench.load.baseline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request as the load client and its trigger send them: request line, headers
 * (names in lower case), and a body framed by {@code Content-Length}.
 */
record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

    /**
     * Reads the request at the start of {@code bytes[0..length)}.
     *
     * @return the request and the bytes it took, or null when it is not complete yet
     */
    static Parsed parse(byte[] bytes, int length) {
        int end = headEnd(bytes, length);
        if (end < 0) {
            return null;
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int bodyLength = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        int bodyStart = end + 4;
        if (length < bodyStart + bodyLength) {
            return null;
        }
        String[] requestLine = lines[0].split(" ");
        String target = requestLine[1];
        int question = target.indexOf('?');
        Request request = new Request(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? Map.of() : query(target.substring(question + 1)), headers,
                new String(bytes, bodyStart, bodyLength, StandardCharsets.UTF_8));
        return new Parsed(request, bodyStart + bodyLength);
    }

    /** A request and how many bytes it took. */
    record Parsed(Request request, int consumed) {
    }

    /** An integer query parameter. */
    int intParam(String name) {
        return Integer.parseInt(query.getOrDefault(name, "0"));
    }

    private static int headEnd(byte[] bytes, int length) {
        for (int i = 0; i + 3 < length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // the trigger's parameters are plain numbers: no percent-decoding needed
    private static Map<String, String> query(String text) {
        Map<String, String> params = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }
}
