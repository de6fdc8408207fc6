package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.ClientRequests;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.SessionRouter;

/** The {@link ClientRequests} applications inject: requests go on the session's GET stream. */
@ApplicationScoped
public class SessionClientRequests implements ClientRequests {

    private final SessionRouter router;
    private final PendingClientRequests pending;
    private final SessionStore sessions;

    @Inject
    SessionClientRequests(SessionRouter router, PendingClientRequests pending, SessionStore sessions) {
        this.router = router;
        this.pending = pending;
        this.sessions = sessions;
    }

    /** For the CDI container's proxy only. */
    SessionClientRequests() {
        this(null, null, null);
    }

    @Override
    public CompletionStage<JsonObject> send(String sessionId, String method, JsonObject params) {
        if (!sessions.isLive(sessionId)) {
            return CompletableFuture.failedFuture(notFound());
        }
        JsonValue id = pending.nextId();
        CompletableFuture<JsonObject> answer = pending.expect(sessionId, id);
        if (answer.isDone()) {
            return answer; // refused at once: the session waits for its share of answers
        }
        if (router.deliver(sessionId, new Request(id, method, params).toJson()) == Routed.DROPPED) {
            pending.abandon(sessionId, id, notFound());
        }
        return answer;
    }

    private static McpException notFound() {
        return new McpException(ErrorCode.SESSION_NOT_FOUND, "Session not found");
    }
}
