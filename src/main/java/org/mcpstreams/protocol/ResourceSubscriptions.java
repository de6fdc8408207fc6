package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.session.SessionEnded;

/**
 * Which sessions subscribed to which resource URIs, each session to at most its share of URIs; a
 * session's subscriptions end with it. The share is checked and taken in one update of the
 * session's entry; the index by URI follows.
 */
@ApplicationScoped
public class ResourceSubscriptions {

    /** Refusals a client causes at will: at most 20 lines a second, the rest counted. */
    private static final RateLimitedLog REFUSALS =
            RateLimitedLog.refusals(Logger.getLogger(ResourceSubscriptions.class.getName()));

    private final SessionLimits limits;
    private final Map<String, Set<String>> sessionsByUri = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> urisBySession = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();
    private final PeerSignals peers;

    /** The subscriptions of a single node. */
    public ResourceSubscriptions(SessionLimits limits) {
        this(limits, PeerSignals.none());
    }

    /**
     * @param peers the other nodes of a cluster: a subscription lives on the node that took it
     *     last, and an unsubscribe taken on any node ends it
     */
    @Inject
    public ResourceSubscriptions(SessionLimits limits, PeerSignals peers) {
        this.limits = limits;
        this.peers = peers;
    }

    /** For the CDI container's proxy only. */
    ResourceSubscriptions() {
        this(null);
    }

    /**
     * Subscribes a session to {@code uri}; subscribing again to a URI it holds changes nothing.
     *
     * @throws McpException -32602 when the session already holds its share of subscriptions
     *     ({@link SessionLimits#maxSubscriptions()})
     */
    public void subscribe(String sessionId, String uri) {
        urisBySession.compute(sessionId, (key, uris) -> {
            Set<String> held = uris == null ? ConcurrentHashMap.newKeySet() : uris;
            if (!held.contains(uri) && held.size() >= limits.maxSubscriptions()) {
                throw refuse(sessionId);
            }
            held.add(uri);
            return held;
        });
        if (sessionsByUri.computeIfAbsent(uri, key -> ConcurrentHashMap.newKeySet()).add(sessionId)) {
            peers.tell(new PeerSignal.Subscribed(sessionId, uri));
        }
    }

    /** Ends a session's subscription to {@code uri}, on whichever node of a cluster holds it. */
    public void unsubscribe(String sessionId, String uri) {
        drop(sessionId, uri);
        peers.tell(new PeerSignal.Unsubscribed(sessionId, uri));
    }

    /**
     * Ends a session's subscription to {@code uri} on this node: the session ended, or another node
     * of a cluster took or ended the subscription ({@link PeerSignalIntake}).
     */
    void drop(String sessionId, String uri) {
        urisBySession.computeIfPresent(sessionId, (key, uris) -> {
            uris.remove(uri);
            return uris.isEmpty() ? null : uris;
        });
        sessionsByUri.computeIfPresent(uri, (key, sessions) -> {
            sessions.remove(sessionId);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Forgets every subscription of a session that has ended. */
    void forget(@Observes SessionEnded ended) {
        Set<String> uris = urisBySession.remove(ended.sessionId());
        if (uris != null) {
            uris.forEach(uri -> drop(ended.sessionId(), uri));
        }
    }

    /** The sessions subscribed to {@code uri} on this node, a snapshot. */
    Set<String> subscribers(String uri) {
        Set<String> sessions = sessionsByUri.get(uri);
        return sessions == null ? Set.of() : Set.copyOf(sessions);
    }

    /** How many subscriptions were refused because their session held its share, since start. */
    public long refused() {
        return refused.sum();
    }

    private McpException refuse(String sessionId) {
        refused.increment();
        REFUSALS.log(() -> "Refused a subscription of session " + LogText.of(sessionId) + ": it holds "
                + limits.maxSubscriptions() + " subscriptions, its share");
        return new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: this session is subscribed to "
                + limits.maxSubscriptions() + " resources, the most allowed; unsubscribe from one first");
    }
}
