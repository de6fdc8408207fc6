package org.mcpstreams.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.input.InputRound;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.Session;

/** One request being answered: what its handler sends goes to {@code out}, the call's stream. */
final class RequestCall implements SessionCall {

    private static final Logger LOG = Logger.getLogger(RequestCall.class.getName());

    private final Session session;
    private final Request request;
    private final CallStream out;
    private final PendingClientRequests pending;
    private final InputRound round;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private UnaryOperator<Runnable> capture = UnaryOperator.identity();
    private volatile boolean cancelled;

    /**
     * @param out the call's stream
     * @param round where a stateless request's questions to the client go; null on a session, or
     *     for a stateless request that may not ask
     */
    RequestCall(Session session, Request request, CallStream out, PendingClientRequests pending,
            InputRound round) {
        this.session = session;
        this.request = request;
        this.out = out;
        this.pending = pending;
        this.round = round;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String sessionId() {
        return session.id();
    }

    @Override
    public String protocolVersion() {
        return session.version().toString();
    }

    @Override
    public JsonObject clientCapabilities() {
        return session.clientCapabilities();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        JsonValue token = progressToken();
        if (token == null) {
            return;
        }
        JsonObjectBuilder params = Jsonp.createObjectBuilder().add("progressToken", token).add("progress", progress);
        if (total != null) {
            params.add("total", total);
        }
        if (message != null) {
            params.add("message", message);
        }
        out.send(new Notification("notifications/progress", params.build()).toJson());
    }

    @Override
    public void log(String level, JsonValue data) {
        if (LogLevel.passes(level, session.logLevel())) {
            out.send(new Notification("notifications/message",
                    Jsonp.createObjectBuilder().add("level", level).add("data", data).build()).toJson());
        }
    }

    @Override
    public CompletionStage<JsonObject> request(String key, String method, JsonObject params) {
        if (round != null) {
            return round.ask(key, method, params);
        }
        if (session.version().stateless()) {
            return CompletableFuture.failedFuture(new McpException(ErrorCode.INTERNAL_ERROR, "Internal error: "
                    + request.method() + " cannot ask a stateless client (only tools/call, prompts/get and"
                    + " resources/read can)"));
        }
        JsonValue id = pending.nextId();
        CompletableFuture<JsonObject> answer = pending.expect(session.id(), id);
        if (answer.isDone()) {
            // refused at once (the session's share of waiting requests is taken): nothing is sent
            return answer;
        }
        if (!out.send(new Request(id, method, params).toJson())) {
            pending.abandon(session.id(), id, new McpException(ErrorCode.INTERNAL_ERROR, "The call's stream is closed"));
        }
        return answer;
    }

    @Override
    public boolean closeConnection() {
        return out.closeConnection();
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Where cancel actions keep the context of the code that registers them (its caller's
     * identity): they may run on a thread that noticed a lost connection, serving someone else.
     */
    RequestCall capturingContextWith(UnaryOperator<Runnable> capture) {
        this.capture = capture;
        return this;
    }

    @Override
    public void onCancel(Runnable action) {
        Runnable contextual = capture.apply(action);
        // an entry of our own: a context proxy need not be equal to itself, which remove needs
        Runnable captured = () -> contextual.run();
        onCancel.add(captured);
        if (cancelled && onCancel.remove(captured)) {
            captured.run();
        }
    }

    /**
     * Marks the call cancelled and runs the registered actions on {@code actions}, once each; one
     * that throws is logged and keeps the others from nothing.
     */
    void cancel(Executor actions) {
        cancelled = true;
        for (Runnable action : onCancel) {
            if (onCancel.remove(action)) {
                try {
                    actions.execute(() -> {
                        try {
                            action.run();
                        } catch (RuntimeException failed) {
                            LOG.log(Level.WARNING, "A cancel action of " + request.method() + " failed", failed);
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    LOG.fine(() -> "A cancel action of " + request.method()
                            + " was not run: the application stops, or its call threads are all busy");
                }
            }
        }
    }

    private JsonValue progressToken() {
        JsonValue meta = request.paramsOrEmpty().get("_meta");
        return meta instanceof JsonObject object ? object.get("progressToken") : null;
    }
}
