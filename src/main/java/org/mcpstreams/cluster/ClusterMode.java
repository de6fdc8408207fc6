package org.mcpstreams.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.input.SharedKeys;
import org.mcpstreams.protocol.AnswerSharing;
import org.mcpstreams.protocol.PeerSignals;
import org.mcpstreams.session.SessionMap;
import org.mcpstreams.session.SessionSharing;
import org.mcpstreams.stream.FanOut;
import org.mcpstreams.stream.LocalSessionRouter;
import org.mcpstreams.stream.ManagedPool;
import org.mcpstreams.stream.SessionRouter;
import org.mcpstreams.stream.StreamPresence;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamReplicas;

/**
 * Cluster mode ({@code mcp.cluster.enabled}, off by default): decides once, at start-up, how the
 * sessions of this node are shared and how their messages are routed, and makes that
 * {@link SessionSharing}, {@link SessionRouter}, {@link AnswerSharing}, {@link PeerSignals} and
 * {@link SharedKeys} injectable (the one bean of each type). Enabled on Payara with its Hazelcast
 * data grid on, sessions are kept in a Hazelcast map of the instance Payara binds at
 * {@value #JNDI_NAME}, and session-wide messages and clients' answers are routed between the
 * members ({@link ClusterSessionRouter}, {@link ClusterAnswers}); enabled where that name is not
 * bound (WildFly, Open Liberty, Payara with {@code --nohazelcast}), it logs so once and shares
 * nothing; disabled, it neither looks nor logs. Sharing nothing, the router is this node's
 * {@link LocalSessionRouter} and answers stay where they are taken.
 *
 * <p>Shared: the sessions (any node serves any session, an end on one node ends it on all, idle
 * expiry counts the last use on any node); session-wide messages reach the GET stream on whichever
 * node holds it; a client's answer reaches the node that waits for it; a session GET stream's
 * events are kept in the data grid ({@link ClusterReplicas}) so that a client whose node died
 * resumes the stream on another; a cancellation reaches the node running the call, a resource
 * update and a notification for listen streams every node ({@link ClusterSignals}); a resource
 * subscription lives on the node that took it last; with no request-state key configured, the
 * members sign request states with one they agree on ({@link ClusterKeys}). Not shared: tasks,
 * features added at runtime.
 *
 * <p>No Hazelcast type appears in this class: they are all in {@link HazelcastSessionMap},
 * {@link HazelcastRouting} and {@link HazelcastReplicaMap}, which are loaded only once the lookup
 * found an instance, so that the WAR deploys where there is no Hazelcast.
 */
@ApplicationScoped
public class ClusterMode {

    /** Where Payara binds its Hazelcast instance while its data grid is on. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(ClusterMode.class.getName());
    /** Threads that take clients' answers told by other members: the application's code waiting on them runs there. */
    private static final int ANSWER_THREADS = 2;

    private final boolean enabled;
    /** The threads that deliver a broadcast besides the one broadcasting. */
    private final int broadcastThreads;
    private final SessionLimits limits;
    private final LocalSessionRouter local;
    private final StreamRegistry registry;
    /** The cluster-wide map of sessions, or null on a single node; set once at start-up. */
    private SessionMap map;
    /** The routing between members, or null on a single node; set once at start-up. */
    private RoutingGrid grid;
    /** Where session GET streams' events are kept for a resume on another member, or null on a single node. */
    private ReplicaMap replicas;
    /** The threads that take the answers other members tell, or null on a single node. */
    private ManagedPool answerThreads;
    /** The one thread that takes the signals other members tell, or null on a single node. */
    private ManagedPool signalThread;
    /** The threads that deliver a broadcast to this node's sessions with the one broadcasting, or null on a single node. */
    private ManagedPool broadcastPool;
    private SessionSharing sharing;
    private SessionRouter router;
    private AnswerSharing answers;
    private PeerSignals signals;
    /** Where the members agree on keys no one configured, or null on a single node. */
    private ReplicaMap keys;
    private SharedKeys sharedKeys;

    @Inject
    ClusterMode(Config config, SessionLimits limits, LocalSessionRouter local, StreamRegistry registry) {
        Function<String, Optional<String>> source = key -> config.getOptionalValue(key, String.class);
        this.enabled = ConfigKeys.CLUSTER_ENABLED.valueIn(source);
        this.broadcastThreads = ConfigKeys.CLUSTER_BROADCAST_THREADS.valueIn(source);
        this.limits = limits;
        this.local = local;
        this.registry = registry;
    }

    /** For the CDI container's proxy only. */
    protected ClusterMode() {
        this.enabled = false;
        this.broadcastThreads = 0;
        this.limits = null;
        this.local = null;
        this.registry = null;
    }

    @PostConstruct
    void start() {
        sharing = SessionSharing.none();
        router = local;
        answers = AnswerSharing.none();
        signals = PeerSignals.none();
        sharedKeys = SharedKeys.none();
        if (!enabled) {
            return;
        }
        Optional<Object> hazelcast = lookUp();
        if (hazelcast.isEmpty()) {
            LOG.info(() -> ConfigKeys.CLUSTER_ENABLED + " is true, but no Hazelcast instance is bound at " + JNDI_NAME
                    + ": sessions stay on this node");
            return;
        }
        map = HazelcastSessionMap.open(hazelcast.get(), backstop(limits));
        sharing = SessionSharing.over(map);
        grid = HazelcastRouting.open(hazelcast.get());
        route(grid);
        replicas = HazelcastReplicaMap.open(hazelcast.get(), keptFor(registry.limits()));
        registry.replicate(new ClusterReplicas(replicas, grid.self()));
        keys = HazelcastReplicaMap.named(hazelcast.get(), ClusterKeys.NAME, Duration.ZERO);
        sharedKeys = new ClusterKeys(keys);
        LOG.info(() -> "Cluster mode: sessions are shared through the Hazelcast map " + HazelcastSessionMap.NAME
                + " of " + JNDI_NAME + ", messages routed to the node holding a session's GET stream, and its events"
                + " kept in " + HazelcastReplicaMap.NAME + " for a resume on any node");
    }

    /** Routes session-wide messages and clients' answers through {@code grid}. */
    private void route(RoutingGrid grid) {
        ClusterSessionRouter clusterRouter = new ClusterSessionRouter(local, grid);
        // made now, on a thread of the container at start-up, so that they carry the application's context
        answerThreads = new ManagedPool(() -> ANSWER_THREADS, true);
        answerThreads.start();
        ClusterAnswers clusterAnswers = new ClusterAnswers(grid, idTag(grid.self()), answerThreads);
        signalThread = new ManagedPool(() -> 1, true);
        signalThread.start();
        ClusterSignals clusterSignals = new ClusterSignals(grid, signalThread);
        broadcastPool = new ManagedPool(() -> broadcastThreads, true);
        broadcastPool.start();
        local.spread(new FanOut(broadcastPool, broadcastThreads + 1));
        grid.listen(new ClusterInbox(clusterRouter, clusterAnswers, clusterSignals));
        local.watch(clusterRouter);
        router = clusterRouter;
        answers = clusterAnswers;
        signals = clusterSignals;
    }

    /** Decides at start-up rather than at the first request, so that the log says so then. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine(() -> "Sessions are shared: " + (map != null));
    }

    @Produces
    @Singleton
    SessionSharing sessionSharing() {
        return sharing;
    }

    /** The one {@link SessionRouter} bean: this node's {@link LocalSessionRouter} unless messages are routed between nodes. */
    @Produces
    @Singleton
    SessionRouter sessionRouter() {
        return router;
    }

    @Produces
    @Singleton
    AnswerSharing answerSharing() {
        return answers;
    }

    @Produces
    @Singleton
    PeerSignals peerSignals() {
        return signals;
    }

    @Produces
    @Singleton
    SharedKeys sharedKeys() {
        return sharedKeys;
    }

    @PreDestroy
    void stop() {
        if (keys != null) {
            keys.close();
        }
        if (replicas != null) {
            registry.replicate(StreamReplicas.NONE);
            replicas.close();
        }
        if (grid != null) {
            local.watch(StreamPresence.NONE);
            local.spread(FanOut.NONE);
            grid.close();
            answerThreads.shutdown();
            signalThread.shutdown();
            broadcastPool.shutdown();
        }
        if (map != null) {
            map.close();
        }
    }

    /** A member's tag in the ids of its requests to clients: short, and unique among the members of a cluster. */
    static String idTag(String member) {
        String compact = member.replace("-", "");
        return compact.substring(0, Math.min(12, compact.length())) + "-";
    }

    /**
     * How long the replay map keeps an entry no member reads or writes: a stream's idle timeout and
     * then its resume window, for the events of a stream whose member left and that no client
     * resumes. Zero, never, when streams never idle out.
     */
    static Duration keptFor(StreamLimits limits) {
        return limits.idleTimeout().isZero() ? Duration.ZERO : limits.idleTimeout().plus(limits.resumeWindow());
    }

    /**
     * How long the map keeps a session's record that no node reads or writes: twice the longest a
     * session may live unused, for a record whose node stopped before expiring it. Zero, never, when
     * sessions never expire.
     */
    static Duration backstop(SessionLimits limits) {
        if (limits.idleTimeout().isZero()) {
            return Duration.ZERO;
        }
        Duration longest = limits.idleTimeout().compareTo(limits.initializeTimeout()) > 0
                ? limits.idleTimeout() : limits.initializeTimeout();
        return longest.multipliedBy(2);
    }

    private static Optional<Object> lookUp() {
        try {
            return Optional.ofNullable(new InitialContext().lookup(JNDI_NAME));
        } catch (NamingException absent) {
            return Optional.empty();
        }
    }
}
