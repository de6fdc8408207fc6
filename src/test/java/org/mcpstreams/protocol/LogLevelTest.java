package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The syslog severities of MCP logging, and which messages a session's level lets through. */
class LogLevelTest {

    @Test
    void levelsAreOrderedFromDebugToEmergency() {
        assertEquals(List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"),
                LogLevel.ORDER);
    }

    @Test
    void messageAtTheThresholdPasses() {
        assertTrue(LogLevel.passes("notice", "notice"));
    }

    @Test
    void messageAboveTheThresholdPasses() {
        assertTrue(LogLevel.passes("emergency", "debug"));
        assertTrue(LogLevel.passes("alert", "critical"));
    }

    @Test
    void messageBelowTheThresholdDoesNotPass() {
        assertFalse(LogLevel.passes("debug", "info"));
        assertFalse(LogLevel.passes("critical", "alert"));
        assertFalse(LogLevel.passes("alert", "emergency"));
    }

    @Test
    void everyLevelPassesExactlyTheThresholdsAtOrBelowIt() {
        for (int level = 0; level < LogLevel.ORDER.size(); level++) {
            for (int threshold = 0; threshold < LogLevel.ORDER.size(); threshold++) {
                assertEquals(level >= threshold, LogLevel.passes(LogLevel.ORDER.get(level), LogLevel.ORDER.get(threshold)),
                        LogLevel.ORDER.get(level) + " at " + LogLevel.ORDER.get(threshold));
            }
        }
    }

    @Test
    void unknownLevelDoesNotPass() {
        assertFalse(LogLevel.passes("verbose", "debug"));
    }
}
