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
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.session.SessionMap;
import org.mcpstreams.session.SessionSharing;

/**
 * Cluster mode ({@code mcp.cluster.enabled}, off by default): decides once, at start-up, how the
 * sessions of this node are shared, and makes that {@link SessionSharing} injectable. Enabled on
 * Payara with its Hazelcast data grid on, sessions are kept in a Hazelcast map of the instance
 * Payara binds at {@value #JNDI_NAME}; enabled where that name is not bound (WildFly, Open Liberty,
 * Payara with {@code --nohazelcast}), it logs so once and shares nothing; disabled, it neither looks
 * nor logs.
 *
 * <p>Shared so far: the sessions (any node serves any session, an end on one node ends it on all,
 * idle expiry counts the last use on any node). Not shared yet: streams and their replay buffers,
 * notifications to a session whose stream another node holds, the client's answers to requests
 * this server sent, subscriptions, running calls.
 *
 * <p>No Hazelcast type appears in this class: they are all in {@link HazelcastSessionMap}, which is
 * loaded only once the lookup found an instance, so that the WAR deploys where there is no Hazelcast.
 */
@ApplicationScoped
public class ClusterMode {

    /** Where Payara binds its Hazelcast instance while its data grid is on. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(ClusterMode.class.getName());

    private final boolean enabled;
    private final SessionLimits limits;
    /** The cluster-wide map of sessions, or null on a single node; set once at start-up. */
    private SessionMap map;
    private SessionSharing sharing;

    @Inject
    ClusterMode(Config config, SessionLimits limits) {
        this.enabled = ConfigKeys.CLUSTER_ENABLED.valueIn(key -> config.getOptionalValue(key, String.class));
        this.limits = limits;
    }

    /** For the CDI container's proxy only. */
    protected ClusterMode() {
        this.enabled = false;
        this.limits = null;
    }

    @PostConstruct
    void start() {
        sharing = SessionSharing.none();
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
        LOG.info(() -> "Cluster mode: sessions are shared through the Hazelcast map " + HazelcastSessionMap.NAME
                + " of " + JNDI_NAME + "; streams stay on the node a client connects to");
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

    @PreDestroy
    void stop() {
        if (map != null) {
            map.close();
        }
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
