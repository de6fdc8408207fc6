package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transport keys, their defaults, and how the allow-lists are written. */
class TransportLimitsTest {

    @Test
    void defaultsAreFourMebibytesAMinuteNoExtraOriginsOrHostsAndFiftyMillisecondsOfWait() {
        assertEquals(new TransportLimits(4_194_304, Duration.ofSeconds(60), List.of(), List.of(), Duration.ofMillis(50), 50),
                McpConfig.DEFAULTS.transport());
    }

    @Test
    void numericKeysAreRead() {
        TransportLimits limits = McpConfigTest.from(Map.of(ConfigKeys.TRANSPORT_MAX_BODY_BYTES, "1024",
                ConfigKeys.TRANSPORT_CLIENT_REQUEST_TIMEOUT, "5", ConfigKeys.TRANSPORT_ANSWER_WAIT, "0")).transport();
        assertEquals(1_024, limits.maxBodyBytes());
        assertEquals(Duration.ofSeconds(5), limits.clientRequestTimeout());
        assertEquals(Duration.ZERO, limits.answerWait());
    }

    @Test
    void allowedOriginsAreSplitOnCommasAndTrimmed() {
        assertEquals(List.of("https://app.example", "http://localhost:3000"), McpConfigTest.from(Map.of(
                ConfigKeys.TRANSPORT_ALLOWED_ORIGINS, " https://app.example ,http://localhost:3000 ")).transport()
                .allowedOrigins());
    }

    @Test
    void allowedHostsAreSplitOnCommasAndTrimmed() {
        assertEquals(List.of("mcp.internal", "*"), McpConfigTest.from(Map.of(
                ConfigKeys.TRANSPORT_ALLOWED_HOSTS, "mcp.internal,  *")).transport().allowedHosts());
    }

    @Test
    void emptyEntriesOfAListAreDropped() {
        assertEquals(List.of("a.example", "b.example"), McpConfigTest.from(Map.of(
                ConfigKeys.TRANSPORT_ALLOWED_HOSTS, ",a.example,, ,b.example,")).transport().allowedHosts());
    }

    @Test
    void bodyLimitBeyondOneGibibyteIsRefusedNamingTheKey() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> McpConfigTest.from(Map.of(ConfigKeys.TRANSPORT_MAX_BODY_BYTES, "2147483647")));
        assertEquals(List.of("mcp.transport.max-body-bytes=2147483647 must be between 1 and 1073741824"), e.problems());
    }

    @Test
    void allowedHostsAreComparedAsHostNamesInLowerCaseWithoutPorts() {
        assertEquals(List.of("mcp.internal", "[::1]", "10.0.0.7", "*"), McpConfigTest.from(Map.of(
                ConfigKeys.TRANSPORT_ALLOWED_HOSTS, "MCP.Internal:8443,[::1]:8080,10.0.0.7:80,*")).transport()
                .allowedHosts());
    }

    @Test
    void zeroClientRequestTimeoutIsRefused() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> McpConfigTest.from(Map.of(ConfigKeys.TRANSPORT_CLIENT_REQUEST_TIMEOUT, "0")));
        assertEquals(List.of("mcp.transport.client-request-timeout-seconds=0 must be between 1 and 31536000"),
                e.problems());
    }

    @Test
    void listsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<String> origins = new ArrayList<>(List.of("https://a.example"));
        TransportLimits limits = new TransportLimits(1, Duration.ofSeconds(1), origins, List.of(), Duration.ZERO, 1);
        origins.add("https://evil.example");
        assertEquals(List.of("https://a.example"), limits.allowedOrigins());
    }
}
