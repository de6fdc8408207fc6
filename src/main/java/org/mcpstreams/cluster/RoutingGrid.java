package org.mcpstreams.cluster;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cluster as the routing of messages sees it: which member holds each session's GET stream,
 * and a way to tell one member, or all the others, a {@link Forward}. {@link HazelcastRouting} is
 * the one on Payara's data grid; the tests have one in memory. Thread-safe.
 */
interface RoutingGrid extends AutoCloseable {

    /** This member's id in the cluster. */
    String self();

    /**
     * The member recorded as holding the session's GET stream, if that member is still in the
     * cluster; empty when none is recorded, or the one recorded has left.
     */
    Optional<String> holder(String sessionId);

    /** Records this member as the one holding the session's GET stream, in place of any other. */
    void hold(String sessionId);

    /** Removes the record of the session's GET stream if it still names this member. */
    void release(String sessionId);

    /**
     * Tells one member; what this member tells another arrives there in the order it was told.
     * Nothing arrives if that member has left.
     */
    void tell(String member, Forward forward);

    /** Tells every other member, once each. */
    void tellOthers(Forward forward);

    /** Whether the cluster has members other than this one. */
    boolean hasOthers();

    /** Where what other members tell this one arrives; set once, before anything is told. */
    void listen(Consumer<Forward> receiver);

    /** Stops listening and leaves the records of other members as they are. */
    @Override
    void close();
}
