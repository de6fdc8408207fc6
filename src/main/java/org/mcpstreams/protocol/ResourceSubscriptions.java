package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sessions subscribed to which resource URIs. A session that ended is dropped from a URI
 * when an update for it finds the session gone.
 */
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

    /** The sessions subscribed to {@code uri}, a snapshot. */
    Set<String> subscribers(String uri) {
        Set<String> sessions = sessionsByUri.get(uri);
        return sessions == null ? Set.of() : Set.copyOf(sessions);
    }
}
