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
import java.util.Locale;
import java.util.Set;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;

/**
 * Refuses, with 403, requests to {@code /mcp} from a browser page of another origin, and, for a
 * server listening on loopback only, requests naming another {@code Host} (DNS rebinding).
 * A request without {@code Origin} comes from no browser and passes.
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
        if (!allowed(host, limits.allowedHosts()) && listensOnLoopbackOnly()) {
            throw forbidden("Forbidden: Host " + request.getHeaderString(HttpHeaders.HOST) + " is not allowed");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !originAllowed(origin, host)) {
            throw forbidden("Forbidden: Origin " + origin + " is not allowed");
        }
    }

    private boolean originAllowed(String origin, String host) {
        if (limits.allowedOrigins().contains("*") || limits.allowedOrigins().contains(origin)) {
            return true;
        }
        String originHost = originHost(origin);
        return originHost != null && (originHost.equals(host) || LOOPBACK_NAMES.contains(originHost));
    }

    private static boolean allowed(String host, java.util.List<String> extra) {
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
