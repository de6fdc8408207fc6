package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.SessionRouter;

/** The {@link Notifier} applications inject: serializes once, then routes through the seam. */
@ApplicationScoped
public class SessionNotifier implements Notifier {

    private final SessionRouter router;
    private final SessionStore sessions;
    private final ResourceSubscriptions subscriptions;
    private final Listeners listeners;

    @Inject
    SessionNotifier(SessionRouter router, SessionStore sessions, ResourceSubscriptions subscriptions,
            Listeners listeners) {
        this.router = router;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.listeners = listeners;
    }

    /** For the CDI container's proxy only. */
    SessionNotifier() {
        this(null, null, null, null);
    }

    @Override
    public boolean notify(String sessionId, String method, JsonObject params) {
        return sessions.isLive(sessionId)
                && router.deliver(sessionId, new Notification(method, params).toJson()) != Routed.DROPPED;
    }

    @Override
    public int broadcast(String method, JsonObject params) {
        return router.broadcast(new Notification(method, params).toJson()) + listeners.notify(method, params, null);
    }

    @Override
    public int resourceUpdated(String uri) {
        JsonObject params = Jsonp.createObjectBuilder().add("uri", uri).build();
        int told = listeners.notify("notifications/resources/updated", params, uri);
        for (String sessionId : subscriptions.subscribers(uri)) {
            if (notify(sessionId, "notifications/resources/updated", params)) {
                told++;
            } else if (!sessions.isLive(sessionId)) {
                subscriptions.unsubscribe(sessionId, uri);
            }
        }
        return told;
    }
}
