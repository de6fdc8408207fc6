package org.mcpstreams.transport;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;

/**
 * Refuses, with 403, requests to {@code /mcp} from a browser page of another origin, and, for a
 * server listening on loopback only, requests naming another {@code Host} (DNS rebinding).
 * A request without {@code Origin} comes from no browser and passes. A page's origin counts as
 * the server's own only on a host the server knows itself by (loopback names, the address it
 * listens on, {@code mcp.transport.allowed-hosts}): a name an attacker rebinds to the server's
 * address is no such host, whatever {@code Host} the browser then sends.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class OriginFilter implements ContainerRequestFilter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Inject
    TransportLimits limits;

    @Context
    HttpServletRequest servlet;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!McpHeaders.isEndpoint(request.getUriInfo().getPath())) {
            return;
        }
        String host = hostName(request.getHeaderString(HttpHeaders.HOST));
        boolean known = allowed(host, limits.allowedHosts()) || listensAt(host);
        if (!known && listensOnLoopbackOnly()) {
            throw forbidden("Forbidden: Host " + request.getHeaderString(HttpHeaders.HOST) + " is not allowed");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !originAllowed(origin, host, known, limits.allowedOrigins())) {
            throw forbidden("Forbidden: Origin " + origin + " is not allowed");
        }
    }

    /**
     * Whether a browser page of {@code origin} may call: a configured origin, a loopback page, or
     * a page of the very host the request names when the server knows that host as its own.
     */
    static boolean originAllowed(String origin, String host, boolean hostKnown, List<String> allowedOrigins) {
        if (allowedOrigins.contains("*") || allowedOrigins.contains(origin)) {
            return true;
        }
        String originHost = originHost(origin);
        return originHost != null && (LOOPBACK_NAMES.contains(originHost) || hostKnown && originHost.equals(host));
    }

    /** Whether {@code host} is the address this request reached the server on. */
    private boolean listensAt(String host) {
        String local = servlet == null ? null : servlet.getLocalAddr();
        if (host == null || local == null) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase(local);
    }

    private static boolean allowed(String host, List<String> extra) {
        return host != null && (LOOPBACK_NAMES.contains(host) || extra.contains("*") || extra.contains(host));
    }

    private boolean listensOnLoopbackOnly() {
        try {
            return servlet != null && InetAddress.getByName(servlet.getLocalAddr()).isLoopbackAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    /** The host name of a {@code Host} header, lower case, without the port. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String originHost(String origin) {
        try {
            String host = URI.create(origin.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static TransportException forbidden(String message) {
        return new TransportException(Status.FORBIDDEN, ErrorCode.TRANSPORT, message);
    }
}
