package org.mcpstreams.cluster;

import java.util.Map;
import java.util.Set;

/**
 * A cluster-wide map of text whose every write returns once a backup on another member has it:
 * where {@link ClusterReplicas} keeps streams' events. {@link HazelcastReplicaMap} is the one on
 * Payara's data grid; the tests have one in memory. Thread-safe.
 */
interface ReplicaMap extends AutoCloseable {

    /** The value of {@code key}, or null. */
    String get(String key);

    /** The values of those of {@code keys} that have one. */
    Map<String, String> getAll(Set<String> keys);

    /** Sets {@code key} to {@code value}. */
    void set(String key, String value);

    /** Sets {@code key} to {@code value} if it has none; false, and nothing set, if it has one. */
    boolean putIfAbsent(String key, String value);

    /** Sets {@code key} to {@code value} if its value is {@code expected}; false, and nothing set, if not. */
    boolean replace(String key, String expected, String value);

    /** Removes {@code key} if its value is {@code expected}; false, and nothing removed, if not. */
    boolean remove(String key, String expected);

    /** Removes {@code key}, if present. */
    void delete(String key);

    @Override
    void close();
}
