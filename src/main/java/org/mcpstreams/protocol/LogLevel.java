package org.mcpstreams.protocol;

import java.util.List;

/** The syslog levels of MCP's {@code logging/setLevel}, least severe first. */
final class LogLevel {

    static final List<String> ORDER = List.of("debug", "info", "notice", "warning", "error", "critical", "alert",
            "emergency");

    private LogLevel() {
    }

    /** Whether a message at {@code level} passes a session set to {@code threshold}; none passes an unknown one. */
    static boolean passes(String level, String threshold) {
        int lowest = ORDER.indexOf(threshold);
        return lowest >= 0 && ORDER.indexOf(level) >= lowest;
    }
}
