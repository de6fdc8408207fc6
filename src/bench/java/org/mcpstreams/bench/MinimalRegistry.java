package org.mcpstreams.bench;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline: what a minimal registry does with a message, one {@link ConcurrentHashMap}
 * lookup and a write into a bounded {@link ArrayDeque}. No event ids, no locks, no connection.
 * The registry's results are reported as multiples of this one's, measured in the same run.
 */
final class MinimalRegistry {

    private final int maxEvents;
    private final Map<String, ArrayDeque<String>> streams = new ConcurrentHashMap<>();

    MinimalRegistry(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    void open(String streamId) {
        streams.put(streamId, new ArrayDeque<>());
    }

    boolean send(String streamId, String message) {
        ArrayDeque<String> events = streams.get(streamId);
        if (events == null) {
            return false;
        }
        events.addLast(message);
        if (events.size() > maxEvents) {
            events.pollFirst();
        }
        return true;
    }

    /** As the registry does: every key, looked up and written to. */
    int broadcast(String message) {
        int count = 0;
        for (String streamId : streams.keySet()) {
            if (send(streamId, message)) {
                count++;
            }
        }
        return count;
    }

    /** The newest {@code count} messages of a stream, oldest first. */
    String[] last(String streamId, int count) {
        ArrayDeque<String> events = streams.get(streamId);
        String[] newer = new String[Math.min(count, events.size())];
        Iterator<String> newestFirst = events.descendingIterator();
        for (int i = newer.length - 1; i >= 0; i--) {
            newer[i] = newestFirst.next();
        }
        return newer;
    }
}
