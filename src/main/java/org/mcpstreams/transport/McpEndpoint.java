package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.SseEventSinkAdapter;

/**
 * The MCP endpoint. {@code POST} carries client messages ({@link PostBodyFilter} has read and
 * routed them), {@code GET} opens or resumes a session stream, {@code DELETE} ends the session.
 */
@Path("mcp")
@ApplicationScoped
public class McpEndpoint {

    private final MessagePost messages;
    private final StreamedCall calls;
    private final StandaloneStreams streams;
    private final SessionGate gate;
    private final SessionStore sessions;
    private final StatelessCalls stateless;
    private final PostedMessages posted;
    private final SseWriterProbe probe;

    @Inject
    public McpEndpoint(MessagePost messages, StreamedCall calls, StandaloneStreams streams, SessionGate gate,
            SessionStore sessions, StatelessCalls stateless, PostedMessages posted, SseWriterProbe probe) {
        this.messages = messages;
        this.calls = calls;
        this.streams = streams;
        this.gate = gate;
        this.sessions = sessions;
        this.stateless = stateless;
        this.posted = posted;
        this.probe = probe;
    }

    /**
     * For the CDI container's proxy, and public because RESTEasy refuses a resource class without
     * a public constructor it could call itself (it then asks CDI for the instance).
     */
    public McpEndpoint() {
        this(null, null, null, null, null, null, null, null);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@Context HttpHeaders headers, @Context SecurityContext security) {
        if (posted.stateless()) {
            return stateless.answer(posted.first(), security);
        }
        return messages.answer(posted.body(), headers, security);
    }

    @POST
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void postStreamed(@Context HttpHeaders headers, @Context SecurityContext security,
            @Context SseEventSink sink, @Context Sse sse) {
        Request call = (Request) posted.first();
        if (posted.stateless()) {
            stateless.stream(call, security, new SseEventSinkAdapter(sink, sse, probe::writesRuns));
            return;
        }
        calls.start(call, headers, security, new SseEventSinkAdapter(sink, sse, probe::writesRuns));
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context HttpHeaders headers, @Context SecurityContext security,
            @Context SseEventSink sink, @Context Sse sse) {
        refuseIfStateless(headers);
        streams.attach(StreamRequest.from(headers, security, gate), new SseEventSinkAdapter(sink, sse, probe::writesRuns));
    }

    @DELETE
    public Response end(@Context HttpHeaders headers, @Context SecurityContext security) {
        refuseIfStateless(headers);
        sessions.end(gate.require(headers, security).id(), SessionGate.user(security));
        return Response.ok().build();
    }

    /** GET and DELETE belong to sessions: a stateless revision has neither (405). */
    private static void refuseIfStateless(HttpHeaders headers) {
        if (SessionGate.version(headers).map(ProtocolVersion::stateless).orElse(false)) {
            throw new TransportException(Response.Status.METHOD_NOT_ALLOWED, ErrorCode.TRANSPORT,
                    "Method Not Allowed: protocol " + headers.getHeaderString(McpHeaders.PROTOCOL_VERSION)
                            + " has no sessions, no GET stream and no DELETE");
        }
    }
}
