package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.stream.EventSink;
import org.mcpstreams.stream.Resume;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamLimitExceededException;
import org.mcpstreams.stream.StreamRegistry;

/**
 * {@code GET /mcp}, the standalone stream of a session: opens one, or resumes one named by
 * {@code Last-Event-ID}.
 */
@ApplicationScoped
public class StandaloneStreams {

    private static final Logger LOG = Logger.getLogger(StandaloneStreams.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);

    private final StreamRegistry registry;

    @Inject
    StandaloneStreams(StreamRegistry registry) {
        this.registry = registry;
    }

    /** For the CDI container's proxy only. */
    StandaloneStreams() {
        this(null);
    }

    void attach(StreamRequest request, EventSink events) {
        String streamId = request.lastEventId().isPresent() ? resume(request, events) : open(request, events);
        if (!request.session().version().primesStreams()) {
            // no priming event makes a first write, and some containers send the headers only with one
            registry.keepAliveNow(streamId);
        }
    }

    private String resume(StreamRequest request, EventSink events) {
        Resume outcome = registry.resume(request.scope(), request.lastEventId().get(),
                request.session().version().priming(), events);
        if (outcome instanceof Resume.Malformed malformed) {
            throw new TransportException(Status.BAD_REQUEST, ErrorCode.TRANSPORT,
                    "Bad Request: Last-Event-ID is not an event id of this server: " + malformed.lastEventId());
        }
        if (outcome instanceof Resume.Resumed resumed) {
            return resumed.streamId();
        }
        REFUSALS.log(() -> "Nothing to resume for Last-Event-ID " + LogText.of(request.lastEventId().get())
                + " in session " + request.scope().sessionId() + "; opening a new stream");
        return open(request, events);
    }

    private String open(StreamRequest request, EventSink events) {
        try {
            return registry.open(request.scope(), StreamKind.SESSION, request.session().version().priming(), events);
        } catch (StreamLimitExceededException full) {
            throw TransportException.unavailable(full.getMessage(), full.retryAfter());
        }
    }
}
