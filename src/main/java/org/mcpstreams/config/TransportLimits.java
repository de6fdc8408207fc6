package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.TRANSPORT_ALLOWED_HOSTS;
import static org.mcpstreams.config.ConfigKeys.TRANSPORT_ALLOWED_ORIGINS;
import static org.mcpstreams.config.ConfigKeys.TRANSPORT_ANSWER_WAIT;
import static org.mcpstreams.config.ConfigKeys.TRANSPORT_CLIENT_REQUEST_TIMEOUT;
import static org.mcpstreams.config.ConfigKeys.TRANSPORT_MAX_BATCH;
import static org.mcpstreams.config.ConfigKeys.TRANSPORT_MAX_BODY_BYTES;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules of the HTTP transport.
 *
 * @param maxBodyBytes {@link ConfigKeys#TRANSPORT_MAX_BODY_BYTES}; 1 or more
 * @param clientRequestTimeout {@link ConfigKeys#TRANSPORT_CLIENT_REQUEST_TIMEOUT}; more than zero
 * @param allowedOrigins {@link ConfigKeys#TRANSPORT_ALLOWED_ORIGINS}; {@code *} any
 * @param allowedHosts {@link ConfigKeys#TRANSPORT_ALLOWED_HOSTS}, lower-cased and without ports; {@code *} any
 * @param answerWait {@link ConfigKeys#TRANSPORT_ANSWER_WAIT}; zero or more, zero never waits
 * @param maxBatch {@link ConfigKeys#TRANSPORT_MAX_BATCH}; 1 or more
 */
public record TransportLimits(long maxBodyBytes, Duration clientRequestTimeout, List<String> allowedOrigins,
        List<String> allowedHosts, Duration answerWait, int maxBatch) {

    public TransportLimits {
        Objects.requireNonNull(clientRequestTimeout, "clientRequestTimeout");
        Objects.requireNonNull(answerWait, "answerWait");
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = allowedHosts.stream().map(TransportLimits::hostName).toList();
        if (maxBodyBytes < 1 || clientRequestTimeout.isNegative() || clientRequestTimeout.isZero()
                || answerWait.isNegative() || maxBatch < 1) {
            throw new IllegalArgumentException("invalid transport limits");
        }
    }

    /**
     * A host as requests name it in {@code Host}, for comparing: lower case, without a port.
     *
     * @return {@code host} lower-cased, an IPv6 literal kept in its brackets, any {@code :port} cut
     */
    static String hostName(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end < 0 ? name : name.substring(0, end + 1);
        }
        int colon = name.indexOf(':');
        return colon < 0 || name.indexOf(':', colon + 1) >= 0 ? name : name.substring(0, colon);
    }

    static TransportLimits read(ConfigReader read) {
        return new TransportLimits(read.get(TRANSPORT_MAX_BODY_BYTES), read.get(TRANSPORT_CLIENT_REQUEST_TIMEOUT),
                read.get(TRANSPORT_ALLOWED_ORIGINS), read.get(TRANSPORT_ALLOWED_HOSTS),
                read.get(TRANSPORT_ANSWER_WAIT), read.get(TRANSPORT_MAX_BATCH));
    }
}
