package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.protocol.Dispatcher;
import org.mcpstreams.session.Session;
import org.mcpstreams.stream.EventSink;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamLimitExceededException;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;

/**
 * A request answered on an SSE stream of its own: what its handler sends first, then the
 * response, then the stream ends. The stream lives in the registry like a GET stream, so a client
 * that loses it resumes with {@code GET} and {@code Last-Event-ID} and still gets the response; a
 * handler may also close the connection of a client sent a priming event, which resumes the same way.
 */
@ApplicationScoped
public class StreamedCall {

    private static final Logger LOG = Logger.getLogger(StreamedCall.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final Dispatcher dispatcher;
    private final SessionGate gate;
    private final StreamRegistry registry;

    @Inject
    StreamedCall(Dispatcher dispatcher, SessionGate gate, StreamRegistry registry) {
        this.dispatcher = dispatcher;
        this.gate = gate;
        this.registry = registry;
    }

    /** For the CDI container's proxy only. */
    StreamedCall() {
        this(null, null, null);
    }

    void start(Request request, HttpHeaders headers, SecurityContext security, EventSink events) {
        Session session = gate.require(headers, security);
        String streamId = create(session);
        Priming priming = session.version().priming();
        OwnStream own = new OwnStream(registry, streamId, priming);
        // the call is known (so it can be cancelled) before the client sees the stream's first event
        answer(session, request, streamId, own).thenAccept(response -> {
            if (!ResponseWriting.sendLast(registry, streamId, request.id(), response.toJson())) {
                REFUSALS.log(() -> "The response to " + request.method() + " found its stream " + streamId
                        + " closed; the client did not resume it in time");
            }
        });
        registry.attach(streamId, priming, events);
        own.attached();
        if (priming == Priming.NONE) {
            // no priming event makes a first write, and some containers send the headers only with one
            registry.keepAliveNow(streamId);
        }
    }

    /** The call's answer; should the dispatcher throw (the JVM's own errors only), the stream is closed first. */
    private CompletionStage<JsonRpcMessage> answer(Session session, Request request, String streamId, OwnStream own) {
        try {
            return dispatcher.call(session, request, own);
        } catch (RuntimeException | Error fatal) {
            registry.close(streamId);
            throw fatal;
        }
    }

    private String create(Session session) {
        try {
            return registry.create(new StreamScope(session.id(), session.user()), StreamKind.REQUEST);
        } catch (StreamLimitExceededException full) {
            throw TransportException.unavailable(full.getMessage(), full.retryAfter());
        }
    }
}
