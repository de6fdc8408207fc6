package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.SESSIONS_IDLE_TIMEOUT;
import static org.mcpstreams.config.ConfigKeys.SESSIONS_INITIALIZE_TIMEOUT;
import static org.mcpstreams.config.ConfigKeys.SESSIONS_MAX;
import static org.mcpstreams.config.ConfigKeys.SESSIONS_MAX_PENDING_CLIENT_REQUESTS;
import static org.mcpstreams.config.ConfigKeys.SESSIONS_MAX_SUBSCRIPTIONS;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits on MCP sessions.
 *
 * @param maxSessions {@link ConfigKeys#SESSIONS_MAX}; 1 or more
 * @param idleTimeout {@link ConfigKeys#SESSIONS_IDLE_TIMEOUT}; zero or more, zero never
 * @param initializeTimeout {@link ConfigKeys#SESSIONS_INITIALIZE_TIMEOUT}; more than zero
 * @param maxSubscriptions {@link ConfigKeys#SESSIONS_MAX_SUBSCRIPTIONS}; 1 or more
 * @param maxPendingClientRequests {@link ConfigKeys#SESSIONS_MAX_PENDING_CLIENT_REQUESTS}; 1 or more
 */
public record SessionLimits(int maxSessions, Duration idleTimeout, Duration initializeTimeout, int maxSubscriptions,
        int maxPendingClientRequests) {

    public SessionLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(initializeTimeout, "initializeTimeout");
        if (maxSessions < 1 || idleTimeout.isNegative() || initializeTimeout.isNegative() || initializeTimeout.isZero()
                || maxSubscriptions < 1 || maxPendingClientRequests < 1) {
            throw new IllegalArgumentException("invalid session limits");
        }
    }

    static SessionLimits read(ConfigReader read) {
        return new SessionLimits(read.get(SESSIONS_MAX), read.get(SESSIONS_IDLE_TIMEOUT),
                read.get(SESSIONS_INITIALIZE_TIMEOUT), read.get(SESSIONS_MAX_SUBSCRIPTIONS),
                read.get(SESSIONS_MAX_PENDING_CLIENT_REQUESTS));
    }
}
