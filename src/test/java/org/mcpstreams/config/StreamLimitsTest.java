package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamLimitsTest {

    @Test
    void noKeysGiveTheDocumentedDefaults() {
        StreamLimits limits = from(Map.of());
        assertEquals(new StreamLimits(10_000, Duration.ofSeconds(3_600), Duration.ofSeconds(300), 500, 262_144,
                Duration.ofSeconds(15), Duration.ofMillis(1_000), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ZERO, Duration.ofMillis(1_000), 0, 10, Duration.ofMillis(10_000), 64), limits);
    }

    @Test
    void defaultsConstantEqualsNoKeys() {
        assertEquals(from(Map.of()), StreamLimits.DEFAULTS);
    }

    @Test
    void everyKeyIsRead() {
        StreamLimits limits = from(Map.ofEntries(
                Map.entry(ConfigKeys.STREAMS_MAX_OPEN, "7"),
                Map.entry(ConfigKeys.STREAMS_IDLE_TIMEOUT, "61"),
                Map.entry(ConfigKeys.STREAMS_RESUME_WINDOW, "31"),
                Map.entry(ConfigKeys.STREAMS_BUFFER_EVENTS, "9"),
                Map.entry(ConfigKeys.STREAMS_BUFFER_BYTES, "4096"),
                Map.entry(ConfigKeys.STREAMS_KEEP_ALIVE, "20"),
                Map.entry(ConfigKeys.STREAMS_SWEEP_INTERVAL, "250"),
                Map.entry(ConfigKeys.STREAMS_RETRY_AFTER, "3"),
                Map.entry(ConfigKeys.STREAMS_COMPLETED_RETENTION, "12"),
                Map.entry(ConfigKeys.STREAMS_MAX_CONNECTION_AGE, "90"),
                Map.entry(ConfigKeys.STREAMS_RECONNECT_DELAY, "1500"),
                Map.entry(ConfigKeys.STREAMS_DELIVERY_THREADS, "3"),
                Map.entry(ConfigKeys.STREAMS_MAX_PER_SESSION, "4"),
                Map.entry(ConfigKeys.STREAMS_WRITE_TIMEOUT, "2500"),
                Map.entry(ConfigKeys.STREAMS_MAX_DELIVERY_THREADS, "5")));
        assertEquals(new StreamLimits(7, Duration.ofSeconds(61), Duration.ofSeconds(31), 9, 4_096,
                Duration.ofSeconds(20), Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofSeconds(12),
                Duration.ofSeconds(90), Duration.ofMillis(1_500), 3, 4, Duration.ofMillis(2_500), 5), limits);
    }

    @Test
    void valuesAreTrimmed() {
        assertEquals(42, from(Map.of(ConfigKeys.STREAMS_MAX_OPEN, " 42 ")).maxOpenStreams());
    }

    @Test
    void zeroIdleTimeoutAndKeepAliveAreAcceptedAsDisabled() {
        StreamLimits limits = from(Map.of(ConfigKeys.STREAMS_IDLE_TIMEOUT, "0", ConfigKeys.STREAMS_KEEP_ALIVE, "0"));
        assertEquals(Duration.ZERO, limits.idleTimeout());
        assertEquals(Duration.ZERO, limits.keepAlive());
    }

    @Test
    void everyBadValueIsNamedInOneException() {
        Map<ConfigKey<?>, String> bad = Map.of(
                ConfigKeys.STREAMS_MAX_OPEN, "lots",
                ConfigKeys.STREAMS_IDLE_TIMEOUT, "-1",
                ConfigKeys.STREAMS_RESUME_WINDOW, "5m",
                ConfigKeys.STREAMS_BUFFER_EVENTS, "0",
                ConfigKeys.STREAMS_BUFFER_BYTES, "-20",
                ConfigKeys.STREAMS_KEEP_ALIVE, "1.5",
                ConfigKeys.STREAMS_SWEEP_INTERVAL, "9",
                ConfigKeys.STREAMS_RETRY_AFTER, "0",
                ConfigKeys.STREAMS_DELIVERY_THREADS, "-1");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> from(bad));
        for (ConfigKey<?> key : bad.keySet()) {
            assertTrue(e.getMessage().contains(key.name() + "="), key.name() + " missing from: " + e.getMessage());
        }
        assertEquals(9, e.problems().size());
    }

    @Test
    void problemsSayWhatIsWrongInReadingOrder() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> from(Map.of(
                ConfigKeys.STREAMS_MAX_OPEN, "0",
                ConfigKeys.STREAMS_RESUME_WINDOW, "soon")));
        assertEquals(List.of(
                "mcp.streams.max-open=0 must be between 1 and 2147483647",
                "mcp.streams.resume-window-seconds=soon is not a whole number"), e.problems());
        assertEquals("Invalid mcp-streams configuration: mcp.streams.max-open=0 must be between 1 and 2147483647; "
                + "mcp.streams.resume-window-seconds=soon is not a whole number", e.getMessage());
    }

    @Test
    void intValueBeyondIntRangeIsRefused() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> from(Map.of(ConfigKeys.STREAMS_BUFFER_EVENTS, "2147483648")));
        assertEquals(List.of("mcp.streams.buffer.max-events=2147483648 must be between 1 and 2147483647"),
                e.problems());
    }

    @Test
    void emptyValueIsNotANumber() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> from(Map.of(ConfigKeys.STREAMS_KEEP_ALIVE, "")));
        assertEquals(List.of("mcp.streams.keep-alive-seconds= is not a whole number"), e.problems());
    }

    @Test
    void constructorRejectsAZeroBuffer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StreamLimits(1,
                Duration.ZERO, Duration.ZERO, 0, 1, Duration.ZERO, Duration.ofMillis(10), Duration.ofSeconds(1),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 1, 1, Duration.ofSeconds(1), 1));
        assertEquals("stream, buffer and thread limits must be 1 or more (delivery threads 0 or more)", e.getMessage());
    }

    @Test
    void constructorRejectsNegativeDeliveryThreads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StreamLimits(1,
                Duration.ZERO, Duration.ZERO, 1, 1, Duration.ZERO, Duration.ofMillis(10), Duration.ofSeconds(1),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, -1, 1, Duration.ofSeconds(1), 1));
        assertEquals("stream, buffer and thread limits must be 1 or more (delivery threads 0 or more)", e.getMessage());
    }

    @Test
    void zeroDeliveryThreadsStartOnePerCoreWithinTheMaximum() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(Math.min(cores, 64), StreamLimits.DEFAULTS.deliveryThreadsAtStart());
        assertEquals(1, from(Map.of(ConfigKeys.STREAMS_MAX_DELIVERY_THREADS, "1")).deliveryThreadsAtStart());
        assertEquals(3, from(Map.of(ConfigKeys.STREAMS_DELIVERY_THREADS, "3")).deliveryThreadsAtStart());
    }

    private static StreamLimits from(Map<ConfigKey<?>, String> values) {
        return StreamLimits.from(McpConfigTest.source(values));
    }
}
