package org.mcpstreams.protocol;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.input.InputRound;
import org.mcpstreams.input.InputRounds;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionEnded;
import org.mcpstreams.session.SessionStore;

/**
 * Routes the messages of an initialized session: requests to their {@link RequestHandler},
 * notifications to the lifecycle and to cancellation ({@link RunningCalls}), responses to the
 * requests that await them. Every request is answered, whatever its handler does; a call that is
 * not answered at once takes one of its session's {@link CallShares} until it is.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final Instance<RequestHandler> handlerBeans;
    private final PendingClientRequests pending;
    private final SessionStore sessions;
    private final InputRounds rounds;
    private final CallShares shares;
    /** Binds a cancel action to the context of the code registering it. */
    private final UnaryOperator<Runnable> contextual;
    private final Map<String, RequestHandler> handlers = new ConcurrentHashMap<>();
    private final RunningCalls running;

    @Inject
    Dispatcher(@Any Instance<RequestHandler> handlerBeans, PendingClientRequests pending, SessionStore sessions,
            InputRounds rounds, CallShares shares, CallThreads calls, PeerSignals peers) {
        this(handlerBeans, pending, sessions, rounds, shares, calls, calls::contextual,
                CompletableFuture.delayedExecutor(RunningCalls.GRACE_SECONDS, TimeUnit.SECONDS, Runnable::run), peers);
    }

    /**
     * @param actions where cancel actions run (at once, in tests without a container)
     * @param contextual binds a cancel action to its registrant's context (the identity in tests)
     * @param afterGrace runs a task once a cancelled call's handler has had its time to end (at
     *     once, or when the test says, in tests)
     * @param peers the other nodes of a cluster ({@link PeerSignals#none()} on one node)
     */
    Dispatcher(Instance<RequestHandler> handlerBeans, PendingClientRequests pending, SessionStore sessions,
            InputRounds rounds, CallShares shares, Executor actions, UnaryOperator<Runnable> contextual,
            Executor afterGrace, PeerSignals peers) {
        this.handlerBeans = handlerBeans;
        this.pending = pending;
        this.sessions = sessions;
        this.rounds = rounds;
        this.shares = shares;
        this.contextual = contextual;
        this.running = new RunningCalls(actions, afterGrace, peers);
    }

    /** For the CDI container's proxy only. */
    Dispatcher() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @PostConstruct
    void findHandlers() {
        for (RequestHandler handler : handlerBeans) {
            RequestHandler earlier = handlers.putIfAbsent(handler.method(), handler);
            if (earlier == null || handler instanceof BuiltInHandler) {
                continue;
            }
            if (!(earlier instanceof BuiltInHandler)) {
                throw new IllegalStateException("Two handlers answer " + handler.method() + ": "
                        + earlier.getClass().getName() + " and " + handler.getClass().getName());
            }
            handlers.put(handler.method(), handler);
        }
    }

    /** The methods that have a handler, besides the lifecycle's own. */
    public Set<String> methods() {
        return Set.copyOf(handlers.keySet());
    }

    /** Whether a handler (of the application or built in) answers {@code method}. */
    public boolean answers(String method) {
        return handlers.containsKey(method);
    }

    /**
     * Whether answering {@code request} involves a handler that may send before it answers or take
     * its time, whose answer goes on a stream of its own; not one that answers at once.
     */
    public boolean streams(Request request) {
        RequestHandler handler = handlers.get(request.method());
        return handler != null && !(handler instanceof BuiltInHandler builtIn && builtIn.answersAtOnce());
    }

    /**
     * The headers beyond the standard ones that mirror a stateless {@code request}, each with the
     * body value it must match (see {@link BuiltInHandler#mirroredHeaders}); none for an
     * application's own handler.
     */
    public Map<String, JsonValue> mirroredHeaders(Request request) {
        return handlers.get(request.method()) instanceof BuiltInHandler builtIn
                ? builtIn.mirroredHeaders(request.paramsOrEmpty()) : Map.of();
    }

    /**
     * Answers a request of {@code session}. What the handler sends while answering goes to
     * {@code out}, whose connection the handler may also ask to close; the returned stage completes
     * with the response, never exceptionally: a handler that throws, returns null or fails is an
     * internal error (-32603), a request past its session's share or finding the call threads' queue
     * full is -32000 at once, and a call cancelled whose handler does not end within
     * {@value RunningCalls#GRACE_SECONDS} seconds is -32000.
     *
     * @throws VirtualMachineError thrown by the handler (but a {@link StackOverflowError}), once the
     *     request is answered with -32603
     */
    public CompletionStage<JsonRpcMessage> call(Session session, Request request, CallStream out) {
        if (request.method().equals("ping")) {
            return CompletableFuture.completedFuture(new ResultResponse(request.id(), JsonValue.EMPTY_JSON_OBJECT));
        }
        if (request.method().equals("logging/setLevel") && !handlers.containsKey(request.method())) {
            return CompletableFuture.completedFuture(setLevel(session, request));
        }
        RequestHandler handler = handlers.get(request.method());
        if (handler == null) {
            return CompletableFuture.completedFuture(new ErrorResponse(request.id(), ErrorCode.METHOD_NOT_FOUND,
                    "Method not found: " + Echo.of(request.method()), null));
        }
        InputRound round;
        try {
            round = session.version().stateless() ? rounds.begin(session, request) : null;
        } catch (McpException invalid) {
            return CompletableFuture.completedFuture(ErrorResponse.of(request.id(), invalid));
        }
        boolean shared = streams(request);
        if (shared && !shares.take(session.id())) {
            return CompletableFuture.completedFuture(shares.pastShare(session, request));
        }
        RequestCall call = new RequestCall(session, request, out, pending, round).capturingContextWith(contextual);
        CompletableFuture<JsonRpcMessage> answer = new CompletableFuture<>();
        running.start(session.id(), request.id(), call, answer, () -> {
            if (shared) {
                shares.release(session.id());
            }
        });
        run(handler, session, request, call, round, answer);
        return answer;
    }

    /** Runs the handler, completing {@code answer} with what it answers, fails with or throws. */
    private void run(RequestHandler handler, Session session, Request request, RequestCall call, InputRound round,
            CompletableFuture<JsonRpcMessage> answer) {
        try {
            CompletionStage<? extends JsonValue> result = handler.handle(request.paramsOrEmpty(), call);
            if (result == null) {
                throw new NullPointerException("The handler of " + request.method() + " returned null, not a stage");
            }
            // as a stage of anything: a handler's raw stage may hold what is no JSON, cast where it is caught
            CompletionStage<?> any = result;
            any.whenComplete((value, error) -> answer.complete(response(session, request, round, value, error)));
        } catch (StackOverflowError deep) {
            // the handler's own recursion; the stack is unwound by now
            answer.complete(failure(session, request, deep));
        } catch (VirtualMachineError fatal) {
            answer.complete(failure(session, request, fatal));
            throw fatal;
        } catch (Throwable thrown) {
            // as a failed stage would: a question left open is asked, as the handler may have blocked on it
            answer.complete(response(session, request, round, null, thrown));
        }
    }

    /** The response to what the handler's stage completed with; {@code value} is cast here, where a failure is caught. */
    private JsonRpcMessage response(Session session, Request request, InputRound round, Object value,
            Throwable error) {
        try {
            if (round != null && round.open()) {
                return new ResultResponse(request.id(), rounds.inputRequired(session, request, round));
            }
            return error == null ? new ResultResponse(request.id(),
                    value == null ? JsonValue.EMPTY_JSON_OBJECT : (JsonValue) value) : failure(session, request, error);
        } catch (RuntimeException | Error failed) {
            return failure(session, request, failed);
        }
    }

    /** Takes a notification: {@code initialized} and {@code cancelled} matter, others are ignored. */
    public void notify(Session session, Notification notification) {
        switch (notification.method()) {
            case "notifications/initialized" -> sessions.initialized(session);
            case "notifications/cancelled" -> running.cancelledByClient(session.id(), notification.params());
            default -> LOG.fine(() -> "Ignored notification " + LogText.of(notification.method()));
        }
    }

    /** Takes a client's response to a request this server sent. */
    public void respond(Session session, JsonRpcMessage response) {
        // in a cluster, the request it answers may wait on another node
        if (!pending.complete(session.id(), response) && !pending.share(session.id(), response)) {
            REFUSALS.log(() -> "A response from session " + session.id() + " answers no waiting request: "
                    + LogText.of(response.toJson()));
        }
    }

    /** {@code logging/setLevel}: log messages below the level are no longer sent to the session. */
    private JsonRpcMessage setLevel(Session session, Request request) {
        JsonValue level = request.paramsOrEmpty().get("level");
        if (!(level instanceof JsonString name) || !LogLevel.ORDER.contains(name.getString())) {
            return new ErrorResponse(request.id(), ErrorCode.INVALID_PARAMS,
                    "Invalid params: level must be one of " + String.join(", ", LogLevel.ORDER), null);
        }
        sessions.logLevel(session, name.getString());
        return new ResultResponse(request.id(), JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * Cancels a request still being answered: its handler sees {@link RequestCall#cancelled()}
     * at once and its cancel actions run on the application's threads ({@link CallThreads}),
     * never on the caller's, which may be one that writes to streams. Does nothing when it is
     * answered already.
     */
    public void cancel(Session session, JsonValue requestId) {
        running.cancel(session.id(), requestId);
    }

    /** Cancels a request as {@link #cancel(Session, JsonValue)} does; false when it is not being answered here. */
    boolean cancelHere(String sessionId, JsonValue requestId) {
        return running.cancel(sessionId, requestId);
    }

    /**
     * Cancels every request of a session that has ended, as {@link #cancel} does each: a call
     * running when its client goes away has no one to answer.
     */
    void cancelAll(@Observes SessionEnded ended) {
        running.cancelSession(ended.sessionId());
    }

    private ErrorResponse failure(Session session, Request request, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof McpException mcp) {
            return ErrorResponse.of(request.id(), mcp);
        }
        if (cause instanceof RejectedExecutionException) {
            return shares.busy(session, request);
        }
        LOG.log(Level.WARNING, "The handler of " + request.method() + " failed", cause);
        return new ErrorResponse(request.id(), ErrorCode.INTERNAL_ERROR, "Internal error", null);
    }
}
