package org.mcpstreams.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ReplicaMap} of a Payara cluster: a Hazelcast map of strings with one synchronous
 * backup on another member, so that a write has returned only once two members hold it, and no
 * asynchronous one. With {@link HazelcastSessionMap} and {@link HazelcastRouting}, the only classes
 * that touch Hazelcast types; {@link ClusterMode} loads it only after it found an instance.
 * Thread-safe, as the Hazelcast map is.
 */
final class HazelcastReplicaMap implements ReplicaMap {

    /** The map's name in the cluster: the same on every node of the application. */
    static final String NAME = "mcp-streams.replay";

    private final IMap<String, String> map;

    private HazelcastReplicaMap(IMap<String, String> map) {
        this.map = map;
    }

    /**
     * The replay map of a Hazelcast instance, configured first unless the cluster has it configured already.
     *
     * @param hazelcast the {@code HazelcastInstance} found by JNDI
     * @param maxIdle how long an entry no member reads or writes is kept (the events of a stream whose
     *     member left and that no client resumes); zero, for ever
     */
    static ReplicaMap open(Object hazelcast, Duration maxIdle) {
        return named(hazelcast, NAME, maxIdle);
    }

    /** A map of the same kind called {@code name}, such as the keys the members agree on ({@link ClusterKeys}). */
    static ReplicaMap named(Object hazelcast, String name, Duration maxIdle) {
        return new HazelcastReplicaMap(HazelcastSessionMap.backedUp((HazelcastInstance) hazelcast, name, maxIdle));
    }

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public Map<String, String> getAll(Set<String> keys) {
        return map.getAll(keys);
    }

    @Override
    public void set(String key, String value) {
        map.set(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return map.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return map.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, String expected) {
        return map.remove(key, expected);
    }

    @Override
    public void delete(String key) {
        map.delete(key);
    }

    @Override
    public void close() {
        // the map stays for the other members; this member only stops using it
    }
}
