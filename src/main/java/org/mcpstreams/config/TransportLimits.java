package org.mcpstreams.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the HTTP transport.
 *
 * @param maxBodyBytes the largest POST body accepted; larger ones get 413; 1 or more
 * @param clientRequestTimeout how long a request the server sends to a client (sampling,
 *     elicitation, roots, ping) waits for its answer; more than zero
 * @param allowedOrigins the {@code Origin} values accepted besides the server's own host and
 *     localhost; {@code *} accepts any
 * @param allowedHosts for a server listening on a loopback address only: the {@code Host} names
 *     accepted besides localhost, 127.0.0.1 and [::1] (DNS rebinding protection); {@code *} any
 */
public record TransportLimits(long maxBodyBytes, Duration clientRequestTimeout, List<String> allowedOrigins,
        List<String> allowedHosts) {

    public static final String MAX_BODY_BYTES = "mcp.transport.max-body-bytes";
    public static final String CLIENT_REQUEST_TIMEOUT = "mcp.transport.client-request-timeout-seconds";
    public static final String ALLOWED_ORIGINS = "mcp.transport.allowed-origins";
    public static final String ALLOWED_HOSTS = "mcp.transport.allowed-hosts";

    public TransportLimits {
        Objects.requireNonNull(clientRequestTimeout, "clientRequestTimeout");
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        if (maxBodyBytes < 1 || clientRequestTimeout.isNegative() || clientRequestTimeout.isZero()) {
            throw new IllegalArgumentException("invalid transport limits");
        }
    }

    static TransportLimits read(ConfigReader read) {
        return new TransportLimits(
                read.number(MAX_BODY_BYTES, 4L * 1024 * 1024, 1, Integer.MAX_VALUE),
                Duration.ofSeconds(read.number(CLIENT_REQUEST_TIMEOUT, 60, 1, ConfigReader.MAX_SECONDS)),
                read.list(ALLOWED_ORIGINS),
                read.list(ALLOWED_HOSTS));
    }
}
