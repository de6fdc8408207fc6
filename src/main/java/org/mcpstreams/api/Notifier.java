package org.mcpstreams.api;

import jakarta.json.JsonObject;

/**
 * Sends MCP notifications from any component of the application. Inject it:
 * <pre>{@code @Inject Notifier notifier;
 * notifier.notify(sessionId, "notifications/message", params);}</pre>
 * A notification for one session goes on exactly one of its streams; while the session has no
 * connection it is kept for the client's resume.
 */
public interface Notifier {

    /**
     * Sends a notification to one session.
     *
     * @param params the notification's params, or null for none
     * @return false when no such session is live and nothing was sent
     */
    boolean notify(String sessionId, String method, JsonObject params);

    /**
     * Sends a notification to every session; in cluster mode, to every session of every node, once
     * each.
     *
     * @param params the notification's params, or null for none
     * @return the number of sessions it was sent to; in cluster mode, those of this node (the
     *     other nodes send it to theirs)
     */
    int broadcast(String method, JsonObject params);

    /**
     * Sends {@code notifications/resources/updated} for {@code uri} to every session that
     * subscribed to it with {@code resources/subscribe}, and to every listen stream that asked for
     * it; in cluster mode, those of every node, once each.
     *
     * @return the number of sessions and listen streams told; in cluster mode, those of this node
     *     (the other nodes tell theirs)
     */
    int resourceUpdated(String uri);
}
