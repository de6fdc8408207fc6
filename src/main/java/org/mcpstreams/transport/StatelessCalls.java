package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.protocol.Dispatcher;
import org.mcpstreams.protocol.Lifecycle;
import org.mcpstreams.protocol.Listeners;
import org.mcpstreams.protocol.StatelessAnswers;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.stream.EventSink;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamLimitExceededException;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;

/**
 * Requests of the stateless revision (2026-07-28), whose headers {@link StatelessRules} checked:
 * no session, the client's version, capabilities and log level read from {@code _meta};
 * {@code server/discover}; the removed methods and unknown ones are 404 with -32601. A request a
 * handler answers streams on a registry stream of its own, like a 2025 call.
 */
@ApplicationScoped
public class StatelessCalls {

    /** The method of the stateless revision that opens a stream of notifications. */
    static final String LISTEN = "subscriptions/listen";

    private static final Logger LOG = Logger.getLogger(StatelessCalls.class.getName());

    private final Dispatcher dispatcher;
    private final Lifecycle lifecycle;
    private final StreamRegistry registry;
    private final Listeners listeners;
    private final TransportLimits limits;
    private final AnswerDeadlines deadlines;

    @Inject
    StatelessCalls(Dispatcher dispatcher, Lifecycle lifecycle, StreamRegistry registry, Listeners listeners,
            TransportLimits limits, AnswerDeadlines deadlines) {
        this.dispatcher = dispatcher;
        this.lifecycle = lifecycle;
        this.registry = registry;
        this.listeners = listeners;
        this.limits = limits;
        this.deadlines = deadlines;
    }

    /** For the CDI container's proxy only. */
    StatelessCalls() {
        this(null, null, null, null, null, null);
    }

    /** Answers with JSON: a notification or response is 202. */
    Response answer(JsonRpcMessage message, SecurityContext security) {
        if (!(message instanceof Request request)) {
            return Response.accepted().build();
        }
        if (request.method().equals("server/discover")) {
            return json(new ResultResponse(request.id(), lifecycle.discover()));
        }
        requireMethod(request);
        Session context = context(request, security);
        CompletableFuture<JsonRpcMessage> answered = dispatcher.call(context, request, out -> false).toCompletableFuture();
        return json(StatelessAnswers.of(request.method(),
                deadlines.start().await(context, request, answered)));
    }

    /** Answers on an SSE stream: what the handler sends (progress, log messages), then the response. */
    void stream(Request request, SecurityContext security, EventSink events) {
        if (request.method().equals(LISTEN)) {
            listen(request, security, events);
            return;
        }
        requireMethod(request);
        Session context = context(request, security);
        String streamId = newStream(request, context, lost -> dispatcher.cancel(context, request.id()));
        CompletableFuture<Void> sent = new CompletableFuture<>();
        CompletableFuture<JsonRpcMessage> answered = answer(context, request, streamId, sent);
        awaitEither(answered, sent);
        TransportException refused = answered.isDone() && !sent.isDone() ? refusal(request, answered.join()) : null;
        if (refused != null) {
            registry.close(streamId);
            throw refused;
        }
        answered.thenAccept(answer -> {
            if (!ResponseWriting.sendLast(registry, streamId, request.id(),
                    StatelessAnswers.of(request.method(), answer).toJson())) {
                LOG.fine(() -> "The response to " + request.method() + " found its stream closed");
            }
        });
        registry.attach(streamId, Priming.NONE, events);
        // nothing may be due yet, and some containers send the headers only with a first write
        registry.keepAliveNow(streamId);
    }

    /** The call's answer; should the dispatcher throw (the JVM's own errors only), the stream is closed first. */
    private CompletableFuture<JsonRpcMessage> answer(Session context, Request request, String streamId,
            CompletableFuture<Void> sent) {
        try {
            return dispatcher.call(context, request, message -> {
                sent.complete(null);
                return registry.send(streamId, message);
            }).toCompletableFuture();
        } catch (RuntimeException | Error fatal) {
            registry.close(streamId);
            throw fatal;
        }
    }

    /**
     * Waits up to {@code mcp.transport.answer-wait-millis} for the answer or the first message
     * sent before it, whichever comes first: an answer known by then may still have its status.
     */
    private void awaitEither(CompletableFuture<?> answered, CompletableFuture<?> sent) {
        long wait = limits.answerWait().toMillis();
        if (wait == 0 || answered.isDone()) {
            return;
        }
        try {
            CompletableFuture.anyOf(answered, sent).get(wait, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // streams from here
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code subscriptions/listen}: a stream of its own that stays open, acknowledged first. */
    private void listen(Request request, SecurityContext security, EventSink events) {
        Session context = context(request, security);
        String streamId = newStream(request, context, listeners::forget);
        JsonValue filter = request.paramsOrEmpty().get("notifications");
        listeners.listen(streamId, request.id(), filter instanceof JsonObject object ? object : null);
        registry.attach(streamId, Priming.NONE, events);
    }

    /**
     * A stream of the request's own, which no session routes to and which closes for good when its
     * client goes away, running {@code onLost}; 503 when the registry is full.
     */
    private String newStream(Request request, Session context, Consumer<String> onLost) {
        try {
            return registry.createUnrouted(new StreamScope(context.id(), context.user()), onLost);
        } catch (StreamLimitExceededException full) {
            throw TransportException.unavailable(full.getMessage(), full.retryAfter()).answering(request.id(), null);
        }
    }

    private void requireMethod(Request request) {
        if (StatelessAnswers.REMOVED.contains(request.method()) || !dispatcher.answers(request.method())) {
            throw new TransportException(Status.NOT_FOUND, ErrorCode.METHOD_NOT_FOUND,
                    "Method not found: " + Echo.of(request.method())).answering(request.id(), null);
        }
    }

    private static Session context(Request request, SecurityContext security) {
        JsonObject meta = request.paramsOrEmpty().getJsonObject("_meta");
        JsonValue info = meta.get(StatelessRules.META_CLIENT_INFO);
        JsonValue level = meta.get(StatelessRules.META_LOG_LEVEL);
        return Session.stateless(SessionGate.user(security), ProtocolVersion.V2026_07_28,
                meta.getJsonObject(StatelessRules.META_CAPABILITIES), info instanceof JsonObject object ? object : null,
                level instanceof JsonString text ? text.getString() : null);
    }

    /**
     * An answer that must go out with an HTTP error status, as the refusal that writes it; null
     * for any other. Only an answer known before the stream starts can have one.
     */
    private static TransportException refusal(Request request, JsonRpcMessage answer) {
        int status = StatelessAnswers.status(answer);
        if (status == 200 || !(answer instanceof ErrorResponse error)) {
            return null;
        }
        return new TransportException(Status.fromStatusCode(status), error.code(), error.message())
                .answering(request.id(), error.data());
    }

    private static Response json(JsonRpcMessage answer) {
        return Response.status(StatelessAnswers.status(answer)).entity(answer.toJson())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
