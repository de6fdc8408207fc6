package org.mcpstreams.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits on MCP sessions.
 *
 * @param maxSessions sessions live at once; an {@code initialize} beyond it gets 503; 1 or more
 * @param idleTimeout a session without a request for this long ends; {@link Duration#ZERO} never
 * @param initializeTimeout a session whose client never sent {@code notifications/initialized}
 *     ends after this long; more than zero
 */
public record SessionLimits(int maxSessions, Duration idleTimeout, Duration initializeTimeout) {

    public static final String MAX = "mcp.sessions.max";
    public static final String IDLE_TIMEOUT = "mcp.sessions.idle-timeout-seconds";
    public static final String INITIALIZE_TIMEOUT = "mcp.sessions.initialize-timeout-seconds";

    public SessionLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(initializeTimeout, "initializeTimeout");
        if (maxSessions < 1 || idleTimeout.isNegative() || initializeTimeout.isNegative() || initializeTimeout.isZero()) {
            throw new IllegalArgumentException("invalid session limits");
        }
    }

    static SessionLimits read(ConfigReader read) {
        return new SessionLimits(
                read.integer(MAX, 10_000, 1),
                Duration.ofSeconds(read.number(IDLE_TIMEOUT, 1_800, 0, ConfigReader.MAX_SECONDS)),
                Duration.ofSeconds(read.number(INITIALIZE_TIMEOUT, 60, 1, ConfigReader.MAX_SECONDS)));
    }
}
