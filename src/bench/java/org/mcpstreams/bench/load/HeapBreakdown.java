package org.mcpstreams.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds the heap a stream adds: the difference between two class histograms (idle, with N
 * streams), per stream, grouped by the package that owns the classes. JDK types (arrays, strings,
 * collections) are a group of their own: they belong to whoever holds them, mostly the container.
 */
final class HeapBreakdown {

    private static final Pattern ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("org.mcpstreams.", "mcp-streams (ours)");
        OWNERS.put("org.glassfish.grizzly.", "Grizzly (HTTP connection, request, response)");
        OWNERS.put("org.glassfish.jersey.", "Jersey (request context, SSE sink)");
        OWNERS.put("org.apache.catalina.", "Servlet container (Catalina, Payara web)");
        OWNERS.put("com.sun.enterprise.web.", "Servlet container (Catalina, Payara web)");
        OWNERS.put("org.glassfish.web.", "Servlet container (Catalina, Payara web)");
        OWNERS.put("org.jboss.weld.", "Weld (CDI contexts)");
        OWNERS.put("[", "JDK arrays, strings, collections (held by the above)");
        OWNERS.put("java.", "JDK arrays, strings, collections (held by the above)");
        OWNERS.put("sun.nio.", "JDK sockets");
    }

    private HeapBreakdown() {
    }

    /** Bytes per stream by owner, largest first; empty when a histogram is missing. */
    static Map<String, Long> perStream(Path idle, Path withStreams, int streams) throws IOException {
        Map<String, Long> owners = new HashMap<>();
        if (!Files.exists(idle) || !Files.exists(withStreams) || streams == 0) {
            return owners;
        }
        Map<String, Long> before = bytesByClass(idle);
        bytesByClass(withStreams).forEach((type, bytes) ->
                owners.merge(owner(type), bytes - before.getOrDefault(type, 0L), Long::sum));
        before.forEach((type, bytes) -> owners.merge(owner(type), 0L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        owners.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue() / streams));
        return sorted;
    }

    private static String owner(String type) {
        return OWNERS.entrySet().stream().filter(entry -> type.startsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }

    private static Map<String, Long> bytesByClass(Path histogram) throws IOException {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : Files.readAllLines(histogram)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
        }
        return bytes;
    }
}
