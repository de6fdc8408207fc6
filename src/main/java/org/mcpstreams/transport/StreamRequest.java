package org.mcpstreams.transport;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.protocol.ProtocolVersion;
import org.mcpstreams.stream.StreamScope;

/**
 * A {@code GET /mcp} as validated from its headers: whose stream it asks for, in which protocol
 * revision, and from which event on, if it resumes.
 *
 * @param scope the session (from {@code Mcp-Session-Id}) and the authenticated user, if any
 * @param version from {@code MCP-Protocol-Version}; 2025-03-26 when absent
 * @param lastEventId the {@code Last-Event-ID} to resume after, if sent
 */
record StreamRequest(StreamScope scope, ProtocolVersion version, Optional<String> lastEventId) {

    /**
     * @throws TransportException 406 when the client does not accept {@code text/event-stream};
     *     400 when the session id is missing or not visible ASCII, or the protocol version is
     *     not one this server speaks
     */
    static StreamRequest from(HttpHeaders headers, SecurityContext security) {
        boolean acceptsSse = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("event-stream"));
        if (!acceptsSse) {
            throw new TransportException(Status.NOT_ACCEPTABLE, ErrorCode.TRANSPORT,
                    "Not Acceptable: the client must accept " + MediaType.SERVER_SENT_EVENTS);
        }
        String sessionId = headers.getHeaderString(McpHeaders.SESSION_ID);
        if (sessionId == null || sessionId.isEmpty()) {
            throw badRequest("Bad Request: the " + McpHeaders.SESSION_ID + " header is required");
        }
        if (!sessionId.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw badRequest("Bad Request: " + McpHeaders.SESSION_ID + " must be visible ASCII");
        }
        String versionHeader = headers.getHeaderString(McpHeaders.PROTOCOL_VERSION);
        ProtocolVersion version = versionHeader == null ? ProtocolVersion.ASSUMED
                : ProtocolVersion.parse(versionHeader).orElseThrow(() -> badRequest(
                        "Bad Request: unsupported " + McpHeaders.PROTOCOL_VERSION + " " + versionHeader));
        Principal user = security == null ? null : security.getUserPrincipal();
        return new StreamRequest(new StreamScope(sessionId, user == null ? null : user.getName()), version,
                Optional.ofNullable(headers.getHeaderString(McpHeaders.LAST_EVENT_ID)));
    }

    private static TransportException badRequest(String message) {
        return new TransportException(Status.BAD_REQUEST, ErrorCode.TRANSPORT, message);
    }
}
