package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session keys, their defaults, and the values each refuses. */
class SessionLimitsTest {

    @Test
    void defaultsAreTenThousandSessionsHalfAnHourIdleAndAMinuteToInitialize() {
        assertEquals(new SessionLimits(10_000, Duration.ofSeconds(1_800), Duration.ofSeconds(60), 100, 16),
                McpConfig.DEFAULTS.sessions());
    }

    @Test
    void everyKeyIsRead() {
        assertEquals(new SessionLimits(3, Duration.ofSeconds(90), Duration.ofSeconds(15), 5, 2),
                McpConfigTest.from(Map.of(ConfigKeys.SESSIONS_MAX, "3", ConfigKeys.SESSIONS_IDLE_TIMEOUT, "90",
                        ConfigKeys.SESSIONS_INITIALIZE_TIMEOUT, "15", ConfigKeys.SESSIONS_MAX_SUBSCRIPTIONS, "5",
                        ConfigKeys.SESSIONS_MAX_PENDING_CLIENT_REQUESTS, "2")).sessions());
    }

    @Test
    void zeroIdleTimeoutIsAcceptedAsNever() {
        assertEquals(Duration.ZERO,
                McpConfigTest.from(Map.of(ConfigKeys.SESSIONS_IDLE_TIMEOUT, "0")).sessions().idleTimeout());
    }

    @Test
    void zeroMaximumIsRefused() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> McpConfigTest.from(Map.of(ConfigKeys.SESSIONS_MAX, "0")));
        assertEquals(List.of("mcp.sessions.max=0 must be between 1 and 2147483647"), e.problems());
    }

    @Test
    void constructorRefusesAZeroInitializeTimeout() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SessionLimits(1, Duration.ZERO, Duration.ZERO, 1, 1));
        assertEquals("invalid session limits", e.getMessage());
    }
}
