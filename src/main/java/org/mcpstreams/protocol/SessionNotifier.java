package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.SessionRouter;

/** The {@link Notifier} applications inject: serializes once, then routes through the seam. */
@ApplicationScoped
public class SessionNotifier implements Notifier {

    @Inject
    SessionRouter router;

    @Override
    public boolean notify(String sessionId, String method, JsonObject params) {
        return router.deliver(sessionId, new Notification(method, params).toJson()) != Routed.DROPPED;
    }

    @Override
    public int broadcast(String method, JsonObject params) {
        return router.broadcast(new Notification(method, params).toJson());
    }
}
