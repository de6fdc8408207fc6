package org.mcpstreams.protocol;

import java.util.List;

/** The syslog levels of MCP's {@code logging/setLevel}, least severe first. */
final class LogLevel {

    static final List<String> ORDER = List.of("debug", "info", "notice", "warning", "error", "critical", "alert",
            "emergency");

    private LogLevel() {
    }

    /** Whether a message at {@code level} passes a session set to {@code threshold}. */
    static boolean passes(String level, String threshold) {
        return ORDER.indexOf(level) >= ORDER.indexOf(threshold);
    }
}
