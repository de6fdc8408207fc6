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
 * @param answerWait how long a stateless request's response waits for its handler before it
 *     starts streaming, so that an error known by then (a client capability a tool asks for and
 *     the client lacks) is answered with its HTTP status; it ends at once when the handler sends
 *     something; zero never waits
 */
public record TransportLimits(long maxBodyBytes, Duration clientRequestTimeout, List<String> allowedOrigins,
        List<String> allowedHosts, Duration answerWait) {

    public static final String MAX_BODY_BYTES = "mcp.transport.max-body-bytes";
    public static final String CLIENT_REQUEST_TIMEOUT = "mcp.transport.client-request-timeout-seconds";
    public static final String ALLOWED_ORIGINS = "mcp.transport.allowed-origins";
    public static final String ALLOWED_HOSTS = "mcp.transport.allowed-hosts";
    public static final String ANSWER_WAIT = "mcp.transport.answer-wait-millis";

    public TransportLimits {
        Objects.requireNonNull(clientRequestTimeout, "clientRequestTimeout");
        Objects.requireNonNull(answerWait, "answerWait");
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        if (maxBodyBytes < 1 || clientRequestTimeout.isNegative() || clientRequestTimeout.isZero()
                || answerWait.isNegative()) {
            throw new IllegalArgumentException("invalid transport limits");
        }
    }

    static TransportLimits read(ConfigReader read) {
        return new TransportLimits(
                read.number(MAX_BODY_BYTES, 4L * 1024 * 1024, 1, Integer.MAX_VALUE),
                Duration.ofSeconds(read.number(CLIENT_REQUEST_TIMEOUT, 60, 1, ConfigReader.MAX_SECONDS)),
                read.list(ALLOWED_ORIGINS),
                read.list(ALLOWED_HOSTS),
                Duration.ofMillis(read.number(ANSWER_WAIT, 50, 0, 60_000)));
    }
}
