package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The task keys, their defaults, and the values each refuses. */
class TaskLimitsTest {

    @Test
    void defaultsAreAnHourToLiveAThousandTasksAHundredPerUserAndResultsOf256Kilobytes() {
        assertEquals(new TaskLimits(Duration.ofSeconds(3_600), Duration.ofMillis(1_000), 1_000, 100, 262_144),
                McpConfig.DEFAULTS.tasks());
    }

    @Test
    void everyKeyIsRead() {
        assertEquals(new TaskLimits(Duration.ofSeconds(90), Duration.ofMillis(250), 7, 3, 4_096),
                McpConfigTest.from(Map.of(ConfigKeys.TASKS_TTL, "90", ConfigKeys.TASKS_POLL_INTERVAL, "250",
                        ConfigKeys.TASKS_MAX, "7", ConfigKeys.TASKS_MAX_PER_USER, "3",
                        ConfigKeys.TASKS_MAX_RESULT_BYTES, "4096")).tasks());
    }

    @Test
    void zeroTimeToLiveAndZeroCapsAreRefusedTogether() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> McpConfigTest.from(Map.of(ConfigKeys.TASKS_TTL, "0", ConfigKeys.TASKS_MAX_PER_USER, "0")));
        assertEquals(List.of("mcp.tasks.ttl-seconds=0 must be between 1 and 31536000",
                "mcp.tasks.max-per-user=0 must be between 1 and 2147483647"), e.problems());
    }
}
