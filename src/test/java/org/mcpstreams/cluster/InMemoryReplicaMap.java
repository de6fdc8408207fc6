package org.mcpstreams.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ReplicaMap} in memory for the tests: one map that every member shares, which no member's death takes away. */
final class InMemoryReplicaMap implements ReplicaMap {

    private final Map<String, String> entries = new ConcurrentHashMap<>();

    /** Everything kept, sorted by key. */
    Map<String, String> entries() {
        return new TreeMap<>(entries);
    }

    @Override
    public String get(String key) {
        return entries.get(key);
    }

    @Override
    public Map<String, String> getAll(Set<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (String key : keys) {
            String value = entries.get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    @Override
    public void set(String key, String value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return entries.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, String expected) {
        return entries.remove(key, expected);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public void close() {
    }
}
