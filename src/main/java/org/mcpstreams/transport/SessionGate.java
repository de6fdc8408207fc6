package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionStore;

/**
 * Finds the session a request names in {@code Mcp-Session-Id} and checks its
 * {@code MCP-Protocol-Version}: a revision this server does not speak is refused; one it speaks
 * but that differs from the negotiated one is served as the negotiated one, as the spec asks
 * only for unsupported versions to be refused (the official conformance suite sends such
 * requests).
 */
@ApplicationScoped
public class SessionGate {

    private static final Logger LOG = Logger.getLogger(SessionGate.class.getName());

    private final SessionStore sessions;

    @Inject
    SessionGate(SessionStore sessions) {
        this.sessions = sessions;
    }

    /** For the CDI container's proxy only. */
    SessionGate() {
        this(null);
    }

    /**
     * @throws TransportException 400 when the session id is missing or not visible ASCII, or the
     *     protocol version header is unsupported; 404 (-32001) when the session is unknown,
     *     ended, expired or another user's
     */
    Session require(HttpHeaders headers, SecurityContext security) {
        String id = headers.getHeaderString(McpHeaders.SESSION_ID);
        if (id == null || id.isEmpty()) {
            throw badRequest("Bad Request: the " + McpHeaders.SESSION_ID
                    + " header is required; send initialize first to start a session");
        }
        if (!id.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw badRequest("Bad Request: " + McpHeaders.SESSION_ID + " must be visible ASCII");
        }
        Session session = sessions.find(id, user(security)).orElseThrow(() -> new TransportException(
                Status.NOT_FOUND, ErrorCode.SESSION_NOT_FOUND, "Session not found: initialize a new session"));
        version(headers).filter(sent -> sent != session.version()).ifPresent(sent -> LOG.fine(() -> "Session "
                + session.id() + " negotiated " + session.version() + " but a request names " + sent));
        return session;
    }

    /** The authenticated user's name, or null for an anonymous request. */
    static String user(SecurityContext security) {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null ? null : user.getName();
    }

    /** Checks a protocol version header, if sent, before a session exists. */
    static Optional<ProtocolVersion> version(HttpHeaders headers) {
        String header = headers.getHeaderString(McpHeaders.PROTOCOL_VERSION);
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(ProtocolVersion.parse(header).orElseThrow(() -> unsupported(header, null)));
    }

    /** 400, -32022: a protocol version this server does not speak, listing those it does. */
    static TransportException unsupported(String requested, JsonValue requestId) {
        JsonArrayBuilder supported = Jsonp.createArrayBuilder();
        ProtocolVersion.supported().forEach(supported::add);
        return new TransportException(Status.BAD_REQUEST, ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                "Unsupported protocol version: " + requested).answering(requestId, Jsonp.createObjectBuilder()
                        .add("supported", supported).add("requested", requested).build());
    }

    static TransportException badRequest(String message) {
        return new TransportException(Status.BAD_REQUEST, ErrorCode.TRANSPORT, message);
    }
}
