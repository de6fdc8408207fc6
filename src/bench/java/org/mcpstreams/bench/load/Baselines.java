package org.mcpstreams.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.mcpstreams.bench.load.BaselineComparison.Baseline;

/**
 * The servers load.sh measures after ours for each N, as the report names and describes them, with
 * their runs read from {@code run-<N>-<key>.properties}; a server with no run is left out. Their
 * JVM options are the system properties {@code baseline.options} and {@code sdk.options}; the Java
 * SDK's versions, {@code sdk.versions}.
 */
final class Baselines {

    private static final String MINIMAL = "a minimal SSE server (`bench.load.baseline`): plain NIO, one selector "
            + "thread, no container; every stream's events kept for resume; a broadcast's new events written to each "
            + "stream as one chunk: what the machine, the JVM and the load client do by themselves.";

    private static final String SDK = "the official MCP Java SDK (`bench.load.sdk`: %s): its Streamable HTTP servlet "
            + "transport (`HttpServletStreamableServerTransportProvider`, its defaults) under an `McpServer` with the "
            + "logging capability, on embedded Jetty (ee10 servlet, 16 threads) on 127.0.0.1. A broadcast is the SDK's "
            + "`notifyClients`, once per notification: the same `notifications/message` with the same stamped data, "
            + "written to each stream as its own event (`id: <stream uuid>_<uuid>`, `event: message`, `data: …`) and "
            + "flushed. It sends no priming event, so its streams count as open at the GET's 200 (`opened-by=headers`), "
            + "and its event ids have no sequence number: duplicates are told by the notifications' numbers alone. It "
            + "keeps no events for `Last-Event-ID` (a session's `replay` is empty): a resumed GET becomes the session's "
            + "stream again, and what was sent to the cut stream meanwhile is lost.";

    private Baselines() {
    }

    /** The baselines that have a run for each of {@code sizes}, in the order load.sh runs them. */
    static List<Baseline> read(Path runs, List<String> sizes) throws IOException {
        List<Baseline> found = new ArrayList<>();
        add(found, runs, sizes, "baseline", "baseline", System.getProperty("baseline.options", ""), "", MINIMAL);
        String versions = System.getProperty("sdk.versions", "");
        add(found, runs, sizes, "sdk", "Java SDK", System.getProperty("sdk.options", ""), versions,
                String.format(SDK, versions));
        return found;
    }

    private static void add(List<Baseline> found, Path runs, List<String> sizes, String key, String name, String options,
            String versions, String description) throws IOException {
        List<Properties> each = new ArrayList<>();
        for (String n : sizes) {
            Path file = runs.resolve("run-" + n + "-" + key + ".properties");
            if (Files.exists(file)) {
                each.add(LoadReport.read(file));
            }
        }
        if (!each.isEmpty()) {
            found.add(new Baseline(key, name, options.trim(), versions, description, each));
        }
    }
}
