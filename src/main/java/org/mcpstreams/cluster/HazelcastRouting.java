package org.mcpstreams.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link RoutingGrid} of a Payara cluster: a Hazelcast map from session id to the UUID of the
 * member holding its GET stream (one synchronous backup), a topic per member for what is told to
 * that member alone, and one topic for what is told to all. Everything travels as text. When a
 * member leaves, every remaining member removes the records naming it, and a record naming a
 * member no longer in the cluster counts as none meanwhile. With {@link HazelcastSessionMap}, the
 * only class that touches Hazelcast types; {@link ClusterMode} loads it only after it found an
 * instance. Thread-safe, as Hazelcast's structures are; the ids of its listeners are a copy-on-write list.
 */
final class HazelcastRouting implements RoutingGrid {

    /** The map of GET stream holders: the same name on every node of the application. */
    static final String HOLDERS = "mcp-streams.stream-holders";
    /** The topics' names start so; a member's own topic ends with its UUID. */
    static final String TOPICS = "mcp-streams.route.";

    private static final Logger LOG = Logger.getLogger(HazelcastRouting.class.getName());

    private final HazelcastInstance instance;
    private final IMap<String, String> holders;
    private final String self;
    private final ITopic<String> own;
    private final ITopic<String> all;
    private final List<Runnable> stops = new CopyOnWriteArrayList<>();

    private HazelcastRouting(HazelcastInstance instance) {
        this.instance = instance;
        this.holders = HazelcastSessionMap.backedUp(instance, HOLDERS, Duration.ZERO);
        this.self = instance.getCluster().getLocalMember().getUuid().toString();
        this.own = instance.getTopic(TOPICS + self);
        this.all = instance.getTopic(TOPICS + "all");
    }

    /**
     * The routing grid of a Hazelcast instance, its map of holders configured first (one
     * synchronous backup) unless the cluster has it configured already.
     *
     * @param hazelcast the {@code HazelcastInstance} found by JNDI
     */
    static RoutingGrid open(Object hazelcast) {
        HazelcastInstance instance = (HazelcastInstance) hazelcast;
        HazelcastRouting grid = new HazelcastRouting(instance);
        UUID watch = instance.getCluster().addMembershipListener(new Departures(grid.holders));
        grid.stops.add(() -> instance.getCluster().removeMembershipListener(watch));
        return grid;
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public Optional<String> holder(String sessionId) {
        String member = holders.get(sessionId);
        if (member == null) {
            return Optional.empty();
        }
        if (!member.equals(self) && !isMember(member)) {
            holders.remove(sessionId, member);
            return Optional.empty();
        }
        return Optional.of(member);
    }

    @Override
    public void hold(String sessionId) {
        holders.set(sessionId, self);
    }

    @Override
    public void release(String sessionId) {
        holders.remove(sessionId, self);
    }

    @Override
    public void tell(String member, Forward forward) {
        instance.<String>getTopic(TOPICS + member).publish(forward.toText());
    }

    @Override
    public void tellOthers(Forward forward) {
        all.publish(forward.toText());
    }

    @Override
    public boolean hasOthers() {
        return instance.getCluster().getMembers().size() > 1;
    }

    @Override
    public void listen(Consumer<Forward> receiver) {
        UUID mine = own.addMessageListener(message -> receive(message, receiver));
        stops.add(() -> own.removeMessageListener(mine));
        UUID shared = all.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                receive(message, receiver);
            }
        });
        stops.add(() -> all.removeMessageListener(shared));
    }

    @Override
    public void close() {
        stops.forEach(Runnable::run);
        stops.clear();
    }

    private boolean isMember(String member) {
        for (Member present : instance.getCluster().getMembers()) {
            if (present.getUuid().toString().equals(member)) {
                return true;
            }
        }
        return false;
    }

    private static void receive(Message<String> message, Consumer<Forward> receiver) {
        try {
            receiver.accept(Forward.parse(message.getMessageObject()));
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Could not take what another member told", unreadable);
        }
    }

    /** Removes the records of the GET streams a member held once it has left the cluster. */
    private static final class Departures implements MembershipListener {

        private final IMap<String, String> holders;

        Departures(IMap<String, String> holders) {
            this.holders = holders;
        }

        @Override
        public void memberAdded(MembershipEvent event) {
            // a new member holds no stream yet
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            String gone = event.getMember().getUuid().toString();
            try {
                holders.removeAll(Predicates.equal("this", gone));
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not remove the stream records of a member that left", failed);
            }
        }
    }
}
