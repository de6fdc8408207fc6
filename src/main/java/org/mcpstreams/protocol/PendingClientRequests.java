package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.JsonRpcParser;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.session.SessionEnded;

/**
 * Requests this server sent to clients and still waits for, keyed by session and id, at most a
 * share of them for each session. The client's answer arrives in a later POST and completes the
 * waiting stage; a timeout fails it. A session's count is checked and taken in one update of its
 * entry, and given back when its stage completes, however it completes. In cluster mode
 * ({@link AnswerSharing}) the ids carry this node's tag, and an answer no request here waits for is
 * offered to the other nodes, whose answers no request there waits for arrive here.
 */
@ApplicationScoped
public class PendingClientRequests {

    /** Refusals at most 20 lines a second, the rest counted: a client that never answers causes them. */
    private static final Logger LOG = Logger.getLogger(PendingClientRequests.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final TransportLimits limits;
    private final SessionLimits sessionLimits;
    private final LongAdder refused = new LongAdder();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Key, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Integer> waitingBySession = new ConcurrentHashMap<>();
    private final AnswerSharing sharing;

    /** Requests of a single node. */
    PendingClientRequests(TransportLimits limits, SessionLimits sessionLimits) {
        this(limits, sessionLimits, AnswerSharing.none());
    }

    @Inject
    PendingClientRequests(TransportLimits limits, SessionLimits sessionLimits, AnswerSharing sharing) {
        this.limits = limits;
        this.sessionLimits = sessionLimits;
        this.sharing = sharing;
        if (sharing != null) {
            sharing.takeWith(this::takeShared);
        }
    }

    /** For the CDI container's proxy only. */
    PendingClientRequests() {
        this(null, null, null);
    }

    /** A fresh id for a request to a client, unique among the nodes of a cluster. */
    JsonValue nextId() {
        return Jsonp.createValue("s" + sharing.idTag() + ids.incrementAndGet());
    }

    /**
     * Starts waiting for the answer to request {@code id} of {@code sessionId}.
     *
     * @return the stage the answer completes; already failed with an {@link McpException}
     *     (-32603) when the session already waits for its share of answers
     *     ({@link SessionLimits#maxPendingClientRequests()}), and then the request is not to be sent
     */
    CompletableFuture<JsonObject> expect(String sessionId, JsonValue id) {
        if (!takePlace(sessionId)) {
            return CompletableFuture.failedFuture(refuse(sessionId));
        }
        Key key = new Key(sessionId, id);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(key, answer);
        answer.orTimeout(limits.clientRequestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> {
                    waiting.remove(key, answer);
                    givePlaceBack(sessionId);
                });
        return answer;
    }

    private boolean takePlace(String sessionId) {
        boolean[] taken = {false};
        waitingBySession.compute(sessionId, (key, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < sessionLimits.maxPendingClientRequests();
            return taken[0] ? now + 1 : count;
        });
        return taken[0];
    }

    private void givePlaceBack(String sessionId) {
        waitingBySession.computeIfPresent(sessionId, (key, count) -> count > 1 ? count - 1 : null);
    }

    private McpException refuse(String sessionId) {
        refused.increment();
        REFUSALS.log(() -> "Refused a request to the client of session " + LogText.of(sessionId) + ": "
                + sessionLimits.maxPendingClientRequests() + " requests to it wait for their answers, its share");
        return new McpException(ErrorCode.INTERNAL_ERROR, "Internal error: " + sessionLimits.maxPendingClientRequests()
                + " requests to this session's client are waiting for their answers, the most allowed");
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

    /**
     * Offers a client's answer that no request here waits for to the other nodes of a cluster.
     *
     * @return false on a single node, where nothing waits for it anywhere
     */
    boolean share(String sessionId, JsonRpcMessage message) {
        return sharing.share(sessionId, message.toJson());
    }

    /** An answer another node offered: completes the request here that waits for it, if any. */
    private void takeShared(String sessionId, String answer) {
        try {
            for (JsonRpcMessage message : JsonRpcParser.parse(answer)) {
                complete(sessionId, message);
            }
        } catch (RuntimeException unreadable) {
            LOG.log(Level.FINE, "Another node offered an answer that is no JSON-RPC response", unreadable);
        }
    }

    /** A request sent to a client: the session it went to and its id. */
    private record Key(String sessionId, JsonValue id) {
    }

    /** How many requests to a client were refused because their session waited for its share, since start. */
    public long refused() {
        return refused.sum();
    }
}
