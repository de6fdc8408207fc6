package org.mcpstreams.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A cluster in memory for the routing tests: one map of GET stream holders and the members that
 * listen, each told at once on the caller's thread, as a grid that never loses or reorders
 * anything. A member that {@link #leave}s loses its records, as the Hazelcast grid drops them.
 */
final class InMemoryCluster {

    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Forward>> members = new ConcurrentHashMap<>();
    private final List<String> told = new ArrayList<>();
    private final InMemoryReplicaMap replicas = new InMemoryReplicaMap();

    /** A member of this cluster: its view of the grid. */
    RoutingGrid join(String member) {
        members.put(member, forward -> { });
        return new Member(member);
    }

    /** The member has left: nothing reaches it any more, and the records naming it go. */
    void leave(String member) {
        members.remove(member);
        holders.values().removeIf(member::equals);
    }

    /** Where the members keep their session GET streams' events, shared by all. */
    InMemoryReplicaMap replicas() {
        return replicas;
    }

    /** The member recorded as holding a session's GET stream, or null. */
    String holderOf(String sessionId) {
        return holders.get(sessionId);
    }

    /** Everything told so far, as "to: text", oldest first. */
    synchronized List<String> told() {
        return List.copyOf(told);
    }

    private void send(String to, Forward forward) {
        Consumer<Forward> receiver = members.get(to);
        if (receiver != null) {
            synchronized (this) {
                told.add(to + ": " + forward.toText());
            }
            receiver.accept(Forward.parse(forward.toText()));
        }
    }

    private final class Member implements RoutingGrid {

        private final String self;

        Member(String self) {
            this.self = self;
        }

        @Override
        public String self() {
            return self;
        }

        @Override
        public Optional<String> holder(String sessionId) {
            String member = holders.get(sessionId);
            return member != null && members.containsKey(member) ? Optional.of(member) : Optional.empty();
        }

        @Override
        public void hold(String sessionId) {
            holders.put(sessionId, self);
        }

        @Override
        public void release(String sessionId) {
            holders.remove(sessionId, self);
        }

        @Override
        public void tell(String member, Forward forward) {
            send(member, forward);
        }

        @Override
        public void tellOthers(Forward forward) {
            for (String member : List.copyOf(members.keySet())) {
                if (!member.equals(self)) {
                    send(member, forward);
                }
            }
        }

        @Override
        public boolean hasOthers() {
            return members.size() > 1;
        }

        @Override
        public void listen(Consumer<Forward> receiver) {
            members.put(self, receiver);
        }

        @Override
        public void close() {
            members.remove(self);
        }
    }
}
