package org.mcpstreams.transport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.stream.EventSink;
import org.mcpstreams.stream.Resume;
import org.mcpstreams.stream.SseEventSinkAdapter;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamLimitExceededException;
import org.mcpstreams.stream.StreamRegistry;

/** The MCP endpoint. {@code GET} opens a session stream or resumes one from {@code Last-Event-ID}. */
@Path("mcp")
@RequestScoped
public class McpEndpoint {

    private static final Logger LOG = Logger.getLogger(McpEndpoint.class.getName());

    @Inject
    StreamRegistry registry;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context HttpHeaders headers, @Context SecurityContext security,
            @Context SseEventSink sink, @Context Sse sse) {
        StreamRequest request = StreamRequest.from(headers, security);
        EventSink events = new SseEventSinkAdapter(sink, sse);
        if (request.lastEventId().isPresent()) {
            resume(request, events);
        } else {
            open(request, events);
        }
    }

    private void resume(StreamRequest request, EventSink events) {
        Resume outcome = registry.resume(request.scope(), request.lastEventId().get(), events);
        if (outcome instanceof Resume.Malformed malformed) {
            throw new TransportException(Status.BAD_REQUEST, ErrorCode.TRANSPORT,
                    "Bad Request: Last-Event-ID is not an event id of this server: " + malformed.lastEventId());
        }
        if (outcome instanceof Resume.Unknown || outcome instanceof Resume.Foreign) {
            LOG.info(() -> "Nothing to resume for Last-Event-ID " + request.lastEventId().get()
                    + " in session " + request.scope().sessionId() + "; opening a new stream");
            open(request, events);
        }
    }

    private void open(StreamRequest request, EventSink events) {
        try {
            registry.open(request.scope(), StreamKind.SESSION, request.version().primesStreams(), events);
        } catch (StreamLimitExceededException full) {
            throw new TransportException(Status.SERVICE_UNAVAILABLE, ErrorCode.TRANSPORT,
                    "Service Unavailable: " + full.getMessage(), full.retryAfter());
        }
    }
}
