package org.mcpstreams.transport;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.session.Session;
import org.mcpstreams.stream.StreamScope;

/**
 * A {@code GET /mcp} as validated from its headers: the session it asks a stream for, and the
 * event after which it resumes, if it does.
 *
 * @param session the live session named by {@code Mcp-Session-Id}
 * @param scope the session and the authenticated user, if any, whom the stream belongs to
 * @param lastEventId the {@code Last-Event-ID} to resume after, if sent
 */
record StreamRequest(Session session, StreamScope scope, Optional<String> lastEventId) {

    /**
     * @throws TransportException 406 when the client does not accept {@code text/event-stream};
     *     otherwise as {@link SessionGate#require}
     */
    static StreamRequest from(HttpHeaders headers, SecurityContext security, SessionGate gate) {
        boolean acceptsSse = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE));
        if (!acceptsSse) {
            throw new TransportException(Status.NOT_ACCEPTABLE, ErrorCode.TRANSPORT,
                    "Not Acceptable: the client must accept " + MediaType.SERVER_SENT_EVENTS);
        }
        Session session = gate.require(headers, security);
        return new StreamRequest(session, new StreamScope(session.id(), session.user()),
                Optional.ofNullable(headers.getHeaderString(McpHeaders.LAST_EVENT_ID)));
    }
}
