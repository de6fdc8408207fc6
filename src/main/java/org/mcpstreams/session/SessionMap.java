package org.mcpstreams.session;

import java.util.function.Consumer;

/**
 * A cluster-wide map of session records, by session id, as JSON text: what a cluster
 * implementation provides so that {@link SessionSharing#over(SessionMap)} can share sessions
 * between nodes. Every operation is atomic per id across the cluster; values are compared as text.
 */
public interface SessionMap {

    /** Adds a record unless the id is taken. */
    void putIfAbsent(String id, String record);

    /** The record of that id, or null when none is kept. */
    String get(String id);

    /** Replaces the record of that id if it is still {@code expected}; false when it changed or is gone. */
    boolean replace(String id, String expected, String record);

    /** Removes the record of that id if it is still {@code expected}; false when it changed or is gone. */
    boolean remove(String id, String expected);

    /** Removes the record of that id, if any. */
    void remove(String id);

    /**
     * Tells {@code removed} of every id whose record leaves the map, by whichever node or cause, this
     * node's own removals included. It may be called on a thread of the cluster implementation: it
     * must return at once.
     */
    void onRemoval(Consumer<String> removed);

    /** Stops telling of removals; the map and its records stay for the other nodes. */
    void close();
}
