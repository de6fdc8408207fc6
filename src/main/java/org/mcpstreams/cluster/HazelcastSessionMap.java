package org.mcpstreams.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.session.SessionMap;

/**
 * The {@link SessionMap} of a Payara cluster: a Hazelcast map of strings, with one synchronous
 * backup on another member so that a member that leaves loses no session. The only class that
 * touches Hazelcast types; {@link ClusterMode} loads it only after it found an instance. Thread-safe,
 * as the Hazelcast map is; the ids of its listeners are a copy-on-write list.
 */
final class HazelcastSessionMap implements SessionMap {

    /** The map's name in the cluster: the same on every node of the application. */
    static final String NAME = "mcp-streams.sessions";

    private static final Logger LOG = Logger.getLogger(HazelcastSessionMap.class.getName());

    private final IMap<String, String> map;
    private final List<UUID> listeners = new CopyOnWriteArrayList<>();

    private HazelcastSessionMap(IMap<String, String> map) {
        this.map = map;
    }

    /**
     * The sessions map of a Hazelcast instance, configured first (one synchronous backup, no
     * asynchronous one) unless the cluster has it configured already.
     *
     * @param hazelcast the {@code HazelcastInstance} found by JNDI
     * @param maxIdle how long a record no member reads or writes is kept; zero, for ever
     */
    static SessionMap open(Object hazelcast, Duration maxIdle) {
        return new HazelcastSessionMap(backedUp((HazelcastInstance) hazelcast, NAME, maxIdle));
    }

    /**
     * The cluster's map {@code name}, configured first unless the cluster has it configured
     * already (another member added it with other settings, a different idle timeout say: its
     * settings hold): one synchronous backup, no asynchronous one, and an entry no member reads or
     * writes for {@code maxIdle} dropped (zero: never).
     */
    static IMap<String, String> backedUp(HazelcastInstance instance, String name, Duration maxIdle) {
        MapConfig config = new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0)
                .setMaxIdleSeconds((int) Math.min(Integer.MAX_VALUE, maxIdle.toSeconds()));
        try {
            instance.getConfig().addMapConfig(config);
        } catch (RuntimeException conflict) {
            LOG.log(Level.WARNING, "The Hazelcast map " + name + " keeps the settings the cluster already has", conflict);
        }
        return instance.getMap(name);
    }

    @Override
    public void putIfAbsent(String id, String record) {
        map.putIfAbsent(id, record);
    }

    @Override
    public String get(String id) {
        return map.get(id);
    }

    @Override
    public boolean replace(String id, String expected, String record) {
        return map.replace(id, expected, record);
    }

    @Override
    public boolean remove(String id, String expected) {
        return map.remove(id, expected);
    }

    @Override
    public void remove(String id) {
        map.delete(id);
    }

    @Override
    public void onRemoval(Consumer<String> removed) {
        listeners.add(map.addEntryListener(new Removals(removed), false));
    }

    @Override
    public void close() {
        listeners.forEach(map::removeEntryListener);
        listeners.clear();
    }

    /** Tells of every key that leaves the map: removed, expired (idle) or evicted. */
    private static final class Removals implements EntryRemovedListener<String, String>,
            EntryExpiredListener<String, String>, EntryEvictedListener<String, String> {

        private final Consumer<String> removed;

        Removals(Consumer<String> removed) {
            this.removed = removed;
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            removed.accept(event.getKey());
        }

        @Override
        public void entryExpired(EntryEvent<String, String> event) {
            removed.accept(event.getKey());
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> event) {
            removed.accept(event.getKey());
        }
    }
}
