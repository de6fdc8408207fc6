package org.mcpstreams.protocol;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * The calls this node is answering, and their cancellation: by the client
 * ({@code notifications/cancelled}, told to the other nodes of a cluster when the call runs
 * elsewhere), by the transport, or because their session ended. A cancelled call's handler sees
 * {@link RequestCall#cancelled()} at once; its request is answered without it if it has not ended
 * {@value #GRACE_SECONDS} seconds later.
 */
final class RunningCalls {

    private static final Logger LOG = Logger.getLogger(RunningCalls.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);
    /** How long a cancelled call's handler has to end before its request is answered without it. */
    static final long GRACE_SECONDS = 5;
    /** The longest request id whose cancellation is told to the other nodes of a cluster. */
    private static final int MAX_TOLD_ID_LENGTH = 256;

    private final Map<CallKey, Running> active = new ConcurrentHashMap<>();
    /** Where cancel actions run: the application's threads. */
    private final Executor actions;
    /** Runs a task once a cancelled call's grace is over. */
    private final Executor afterGrace;
    /** The other nodes of a cluster, which may run the call a client cancels here. */
    private final PeerSignals peers;

    /**
     * @param actions where cancel actions run
     * @param afterGrace runs a task once a cancelled call's handler has had its time to end
     * @param peers the other nodes of a cluster ({@link PeerSignals#none()} on one node)
     */
    RunningCalls(Executor actions, Executor afterGrace, PeerSignals peers) {
        this.actions = actions;
        this.afterGrace = afterGrace;
        this.peers = peers;
    }

    /**
     * A call of {@code sessionId} starts; it is running until {@code answer} completes, and then
     * {@code ended} runs, once the call can no longer be cancelled.
     */
    void start(String sessionId, JsonValue requestId, RequestCall call, CompletableFuture<JsonRpcMessage> answer,
            Runnable ended) {
        CallKey key = new CallKey(sessionId, requestId);
        Running running = new Running(call, answer);
        active.put(key, running);
        answer.whenComplete((response, never) -> {
            active.remove(key, running);
            ended.run();
        });
    }

    /** {@code notifications/cancelled}: the cancellation of a call not running on this node is told to the others. */
    void cancelledByClient(String sessionId, JsonObject params) {
        JsonValue requestId = params == null ? null : params.get("requestId");
        if (requestId != null && !cancel(sessionId, requestId) && tellable(requestId)) {
            peers.tell(new PeerSignal.Cancelled(sessionId, requestId));
        }
    }

    /** Cancels a request still being answered here; false when it is not (answered already, or elsewhere). */
    boolean cancel(String sessionId, JsonValue requestId) {
        Running running = active.get(new CallKey(sessionId, requestId));
        if (running == null) {
            return false;
        }
        LOG.fine(() -> "Request " + LogText.of(requestId) + " of " + sessionId + " cancelled");
        cancel(running, requestId);
        return true;
    }

    /** Cancels every call of a session: a call running when its client goes away has no one to answer. */
    void cancelSession(String sessionId) {
        active.forEach((key, running) -> {
            if (key.sessionId().equals(sessionId)) {
                LOG.fine(() -> "Request " + LogText.of(key.requestId()) + " of ended session " + sessionId + " cancelled");
                cancel(running, key.requestId());
            }
        });
    }

    /** Whether a request id may be told to other nodes: a string or number a request could have had. */
    private static boolean tellable(JsonValue requestId) {
        return requestId instanceof JsonNumber
                || requestId instanceof JsonString id && id.getString().length() <= MAX_TOLD_ID_LENGTH;
    }

    /** Cancels a call, and answers it without its handler if the handler does not end in time. */
    private void cancel(Running running, JsonValue requestId) {
        running.call().cancel(actions);
        afterGrace.execute(() -> {
            if (running.answer().complete(new ErrorResponse(requestId, ErrorCode.TRANSPORT, "Request cancelled", null))) {
                REFUSALS.log(() -> "A cancelled request " + LogText.of(requestId) + " was answered without its handler, "
                        + "which had not ended " + GRACE_SECONDS + " s later");
            }
        });
    }

    /** A request being answered: its session and its id. */
    private record CallKey(String sessionId, JsonValue requestId) {
    }

    /** A call being answered, and where its answer goes. */
    private record Running(RequestCall call, CompletableFuture<JsonRpcMessage> answer) {
    }
}
