package org.mcpstreams.bench.load;

import java.util.Map;

/**
 * One row of the soak's table: the server sampled at the end of a minute, and what the clients
 * counted during it.
 *
 * @param minute minutes since the churn began; -1 before any stream was open, 0 with every stream
 *     open, before the churn
 * @param seconds seconds since the churn began when the row was sampled
 * @param server the registry's counters ({@code StreamStats}, by component name)
 * @param sessions live sessions (the session store's count)
 * @param heapKb heap in use after two forced full collections
 * @param rssKb the server's resident memory
 * @param during what the clients counted since the row before
 * @param broadcasts broadcasts sent since the row before
 */
record SoakMinute(int minute, long seconds, Map<String, Long> server, long sessions, long heapKb, long rssKb,
        SoakCounts during, long broadcasts) {

    SoakMinute {
        server = Map.copyOf(server);
    }

    long server(String counter) {
        return server.getOrDefault(counter, -1L);
    }
}
