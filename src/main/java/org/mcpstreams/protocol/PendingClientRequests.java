package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.session.SessionEnded;

/**
 * Requests this server sent to clients and still waits for, keyed by session and id. The
 * client's answer arrives in a later POST and completes the waiting stage; a timeout fails it.
 */
@ApplicationScoped
public class PendingClientRequests {

    private final TransportLimits limits;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Key, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();

    @Inject
    PendingClientRequests(TransportLimits limits) {
        this.limits = limits;
    }

    /** For the CDI container's proxy only. */
    PendingClientRequests() {
        this(null);
    }

    /** A fresh id for a request to a client. */
    JsonValue nextId() {
        return Jsonp.createValue("s" + ids.incrementAndGet());
    }

    /** Starts waiting for the answer to request {@code id} of {@code sessionId}. */
    CompletableFuture<JsonObject> expect(String sessionId, JsonValue id) {
        Key key = new Key(sessionId, id);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(key, answer);
        answer.orTimeout(limits.clientRequestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> waiting.remove(key, answer));
        return answer;
    }

    /** Gives up waiting, as when the request could not be sent. */
    void abandon(String sessionId, JsonValue id, McpException why) {
        CompletableFuture<JsonObject> answer = waiting.remove(new Key(sessionId, id));
        if (answer != null) {
            answer.completeExceptionally(why);
        }
    }

    /** Fails every request still waiting for the client of a session that has ended. */
    void abandonAll(@Observes SessionEnded ended) {
        waiting.forEach((key, answer) -> {
            if (key.sessionId().equals(ended.sessionId())) {
                answer.completeExceptionally(new McpException(ErrorCode.INTERNAL_ERROR,
                        "The session ended before its client answered"));
            }
        });
    }

    /**
     * Completes the request a client's response answers.
     *
     * @return false when no request of that session with that id is waiting
     */
    boolean complete(String sessionId, JsonRpcMessage message) {
        if (message instanceof ResultResponse response) {
            CompletableFuture<JsonObject> answer = waiting.remove(new Key(sessionId, response.id()));
            return answer != null && answer.complete(response.result() instanceof JsonObject result
                    ? result : JsonValue.EMPTY_JSON_OBJECT);
        }
        if (message instanceof ErrorResponse error) {
            CompletableFuture<JsonObject> answer = waiting.remove(new Key(sessionId, error.id()));
            return answer != null && answer.completeExceptionally(new McpException(error.code(), error.message(),
                    error.data()));
        }
        return false;
    }

    /** A request sent to a client: the session it went to and its id. */
    private record Key(String sessionId, JsonValue id) {
    }
}
