package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.PostBody;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.protocol.Dispatcher;
import org.mcpstreams.protocol.Lifecycle;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionLimitExceededException;
import org.mcpstreams.stream.Routed;
import org.mcpstreams.stream.SessionRouter;

/**
 * The {@code POST /mcp} bodies answered with JSON: {@code initialize}, requests answered at once
 * (such as {@code ping}), notifications and responses (202), and 2025-03-26 batches.
 */
@ApplicationScoped
public class MessagePost {

    private final Lifecycle lifecycle;
    private final Dispatcher dispatcher;
    private final SessionGate gate;
    private final SessionRouter router;
    private final TransportLimits limits;
    private final AnswerDeadlines deadlines;

    @Inject
    MessagePost(Lifecycle lifecycle, Dispatcher dispatcher, SessionGate gate, SessionRouter router,
            TransportLimits limits, AnswerDeadlines deadlines) {
        this.lifecycle = lifecycle;
        this.dispatcher = dispatcher;
        this.gate = gate;
        this.router = router;
        this.limits = limits;
        this.deadlines = deadlines;
    }

    /** For the CDI container's proxy only. */
    MessagePost() {
        this(null, null, null, null, null, null);
    }

    Response answer(PostBody body, HttpHeaders headers, SecurityContext security) {
        List<JsonRpcMessage> messages = body.messages();
        if (messages.stream().anyMatch(m -> m instanceof Request request && request.method().equals("initialize"))) {
            if (body.batch()) {
                throw invalid("Invalid Request: initialize cannot be part of a batch");
            }
            return initialize((Request) body.first(), headers, security);
        }
        Session session = gate.require(headers, security);
        if (body.batch() && !session.version().allowsBatches()) {
            throw invalid("Invalid Request: protocol " + session.version() + " allows one message per POST");
        }
        List<Answer> answers = new ArrayList<>();
        for (JsonRpcMessage message : messages) {
            take(session, message, answers);
        }
        if (answers.isEmpty()) {
            return Response.accepted().build();
        }
        AnswerDeadline deadline = deadlines.start();
        if (!body.batch()) {
            return json(deadline.await(session, answers.get(0).request(), answers.get(0).stage()).toJson());
        }
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (Answer answer : answers) {
            array.add(deadline.await(session, answer.request(), answer.stage()).toJson());
        }
        return json(array.toString());
    }

    private Response initialize(Request request, HttpHeaders headers, SecurityContext security) {
        SessionGate.version(headers);
        try {
            Lifecycle.Initialized started = lifecycle.initialize(request, SessionGate.user(security));
            return Response.ok(started.response().toJson(), MediaType.APPLICATION_JSON_TYPE)
                    .header(McpHeaders.SESSION_ID, started.session().id())
                    .build();
        } catch (SessionLimitExceededException full) {
            throw TransportException.unavailable(full.getMessage(), full.retryAfter());
        }
    }

    private void take(Session session, JsonRpcMessage message, List<Answer> answers) {
        if (message instanceof Request request) {
            // with no stream of its own, what a batched call sends goes on the session's GET stream
            answers.add(new Answer(request,
                    dispatcher.call(session, request, out -> router.deliver(session.id(), out) != Routed.DROPPED)));
        } else if (message instanceof Notification notification) {
            dispatcher.notify(session, notification);
        } else {
            dispatcher.respond(session, message);
        }
    }

    private static Response json(String body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static TransportException invalid(String message) {
        return new TransportException(Status.BAD_REQUEST, ErrorCode.INVALID_REQUEST, message);
    }

    /** A request of the body and the stage of its answer. */
    private record Answer(Request request, CompletionStage<JsonRpcMessage> stage) {
    }
}
