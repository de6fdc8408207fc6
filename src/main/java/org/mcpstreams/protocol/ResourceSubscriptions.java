package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpstreams.session.SessionEnded;

/** Which sessions subscribed to which resource URIs; a session's subscriptions end with it. */
@ApplicationScoped
public class ResourceSubscriptions {

    private final Map<String, Set<String>> sessionsByUri = new ConcurrentHashMap<>();

    public void subscribe(String sessionId, String uri) {
        sessionsByUri.computeIfAbsent(uri, key -> ConcurrentHashMap.newKeySet()).add(sessionId);
    }

    public void unsubscribe(String sessionId, String uri) {
        sessionsByUri.computeIfPresent(uri, (key, sessions) -> {
            sessions.remove(sessionId);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Forgets every subscription of a session that has ended. */
    void forget(@Observes SessionEnded ended) {
        sessionsByUri.keySet().forEach(uri -> unsubscribe(ended.sessionId(), uri));
    }

    /** The sessions subscribed to {@code uri}, a snapshot. */
    Set<String> subscribers(String uri) {
        Set<String> sessions = sessionsByUri.get(uri);
        return sessions == null ? Set.of() : Set.copyOf(sessions);
    }
}
