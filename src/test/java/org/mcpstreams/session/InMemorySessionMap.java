package org.mcpstreams.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A cluster-wide session map for tests: one map that several stores share, telling of removals at once. */
final class InMemorySessionMap implements SessionMap {

    private final Map<String, String> records = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void putIfAbsent(String id, String record) {
        records.putIfAbsent(id, record);
    }

    @Override
    public String get(String id) {
        return records.get(id);
    }

    @Override
    public boolean replace(String id, String expected, String record) {
        return records.replace(id, expected, record);
    }

    @Override
    public boolean remove(String id, String expected) {
        return records.remove(id, expected) && told(id);
    }

    @Override
    public void remove(String id) {
        if (records.remove(id) != null) {
            told(id);
        }
    }

    @Override
    public void onRemoval(Consumer<String> removed) {
        listeners.add(removed);
    }

    @Override
    public void close() {
        listeners.clear();
    }

    int size() {
        return records.size();
    }

    private boolean told(String id) {
        listeners.forEach(listener -> listener.accept(id));
        return true;
    }
}
