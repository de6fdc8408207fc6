package org.mcpstreams.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Embedded Hazelcast members for the replay-map benchmark, in the benchmark's own JVM: TCP/IP join
 * on loopback only (bound to 127.0.0.1, no multicast, no auto-detection, phone-home off), one port
 * each from a fixed list, and a cluster name no other cluster on the machine has.
 */
final class BenchGrid {

    /** A map on the same members without any backup: what the synchronous backup is compared with. */
    static final String NO_BACKUP = "bench.no-backup";

    /** Kept so that its level holds: the members' INFO lines would drown the figures. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private final String name;
    private final List<Integer> ports;

    BenchGrid(String name, List<Integer> ports) {
        this.name = name;
        this.ports = List.copyOf(ports);
    }

    /** Starts the {@code index}-th member (from 0) and waits until the cluster has {@code index + 1} members, all safe. */
    HazelcastInstance start(int index) throws InterruptedException {
        HAZELCAST_LOG.setLevel(Level.WARNING);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config(ports.get(index)));
        while (member.getCluster().getMembers().size() < index + 1 || !member.getPartitionService().isClusterSafe()) {
            Thread.sleep(200);
        }
        return member;
    }

    private Config config(int port) {
        Config config = new Config().setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getJetConfig().setEnabled(false);
        config.addMapConfig(new MapConfig(NO_BACKUP).setBackupCount(0).setAsyncBackupCount(0));
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true)
                .setMembers(List.of(ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","))));
        return config;
    }
}
