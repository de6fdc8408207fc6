package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a declaration checks, and how a key outside the settings records is read. */
class ConfigKeyTest {

    @Test
    void aDefaultOutsideTheBoundsIsRefusedWhereItIsDeclared() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigKey.count("mcp.test.count", 0, 1, "a test key"));
        assertEquals("the default of mcp.test.count is invalid: mcp.test.count=0 must be between 1 and 2147483647",
                e.getMessage());
    }

    @Test
    void demoEnabledTakesMicroProfileConfigsWordsForTrueAndTheirOpposites() {
        assertTrue(ConfigKeys.DEMO_ENABLED.valueIn(McpConfigTest.source(Map.of(ConfigKeys.DEMO_ENABLED, " ON "))));
        assertFalse(ConfigKeys.DEMO_ENABLED.valueIn(McpConfigTest.source(Map.of(ConfigKeys.DEMO_ENABLED, "no"))));
    }

    @Test
    void anInvalidDemoEnabledIsNamedWithTheOtherKeysAndReadAsItsDefault() {
        Map<ConfigKey<?>, String> values = Map.of(ConfigKeys.DEMO_ENABLED, "maybe", ConfigKeys.SESSIONS_MAX, "0");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> McpConfigTest.from(values));
        assertEquals(List.of("mcp.sessions.max=0 must be between 1 and 2147483647",
                "mcp.demo.enabled=maybe is not true or false"), e.problems());
        assertTrue(ConfigKeys.DEMO_ENABLED.valueIn(McpConfigTest.source(values)));
    }

    @Test
    void durationsAreReadInTheUnitTheirNameEndsWith() {
        McpConfig config = McpConfigTest.from(Map.of(ConfigKeys.STREAMS_KEEP_ALIVE, "2",
                ConfigKeys.STREAMS_RECONNECT_DELAY, "2"));
        assertEquals(2_000, config.streams().keepAlive().toMillis());
        assertEquals(2, config.streams().reconnectDelay().toMillis());
    }
}
