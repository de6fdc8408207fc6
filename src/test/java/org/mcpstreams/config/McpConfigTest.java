package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** All settings are read together: defaults when unset, and one error naming every bad value. */
class McpConfigTest {

    @Test
    void badValuesOfEveryGroupAreNamedInOneException() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> from(Map.of(
                ConfigKeys.STREAMS_MAX_OPEN, "0",
                ConfigKeys.SESSIONS_MAX, "many",
                ConfigKeys.SESSIONS_INITIALIZE_TIMEOUT, "0",
                ConfigKeys.TRANSPORT_MAX_BODY_BYTES, "-1",
                ConfigKeys.TRANSPORT_CLIENT_REQUEST_TIMEOUT, "1m")));
        assertEquals(List.of(
                "mcp.streams.max-open=0 must be between 1 and 2147483647",
                "mcp.sessions.max=many is not a whole number",
                "mcp.sessions.initialize-timeout-seconds=0 must be between 1 and 31536000",
                "mcp.transport.max-body-bytes=-1 must be between 1 and 1073741824",
                "mcp.transport.client-request-timeout-seconds=1m is not a whole number"), e.problems());
    }

    @Test
    void messageNamesEveryBadKey() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> from(Map.of(
                ConfigKeys.STREAMS_BUFFER_EVENTS, "0",
                ConfigKeys.SESSIONS_IDLE_TIMEOUT, "-5")));
        assertEquals("Invalid mcp-streams configuration: mcp.streams.buffer.max-events=0 must be between 1 and "
                + "2147483647; mcp.sessions.idle-timeout-seconds=-5 must be between 0 and 31536000", e.getMessage());
    }

    @Test
    void noKeysGiveTheDefaultsOfEveryGroup() {
        assertEquals(new McpConfig(StreamLimits.DEFAULTS,
                        new SessionLimits(10_000, Duration.ofSeconds(1_800), Duration.ofSeconds(60), 100, 16),
                        new TransportLimits(4_194_304, Duration.ofSeconds(60), List.of(), List.of(), Duration.ofMillis(50), 50),
                        new FeatureLimits(100, 32, 8, 1_000),
                        new InputRequiredSettings(Optional.empty(), Duration.ofSeconds(900)),
                        new TaskLimits(Duration.ofSeconds(3_600), Duration.ofMillis(1_000), 1_000, 100, 262_144)),
                from(Map.of()));
    }

    @Test
    void aStateKeyIsBase64OfAtLeast32Bytes() {
        byte[] key = from(Map.of(ConfigKeys.INPUT_REQUIRED_STATE_KEY, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))
                .inputRequired().stateKey().orElseThrow();
        assertEquals(32, key.length);
        assertEquals(31, key[31]);
        var e = assertThrows(InvalidConfigurationException.class, () -> from(Map.of(
                ConfigKeys.INPUT_REQUIRED_STATE_KEY, "c2hvcnQ=", ConfigKeys.INPUT_REQUIRED_STATE_TTL, "0")));
        assertEquals("Invalid mcp-streams configuration: mcp.input-required.state-key must hold at least 32 bytes,"
                + " Base64-encoded; mcp.input-required.state-ttl-seconds=0 must be between 1 and 31536000",
                e.getMessage());
        var notBase64 = assertThrows(InvalidConfigurationException.class,
                () -> from(Map.of(ConfigKeys.INPUT_REQUIRED_STATE_KEY, "not base64!")));
        assertEquals("Invalid mcp-streams configuration: mcp.input-required.state-key is not Base64",
                notBase64.getMessage());
    }

    @Test
    void pageSizeBelowOneIsNamed() {
        var e = assertThrows(InvalidConfigurationException.class,
                () -> from(Map.of(ConfigKeys.FEATURES_PAGE_SIZE, "0")));
        assertEquals("Invalid mcp-streams configuration: mcp.features.page-size=0 must be between 1 and 2147483647",
                e.getMessage());
    }

    @Test
    void defaultsConstantEqualsNoKeys() {
        assertEquals(from(Map.of()), McpConfig.DEFAULTS);
    }

    static McpConfig from(Map<ConfigKey<?>, String> values) {
        return McpConfig.from(source(values));
    }

    /** A source holding {@code values}, as MicroProfile Config would. */
    static Function<String, Optional<String>> source(Map<ConfigKey<?>, String> values) {
        return name -> values.entrySet().stream().filter(entry -> entry.getKey().name().equals(name))
                .map(Map.Entry::getValue).findFirst();
    }
}
