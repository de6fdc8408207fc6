package org.mcpstreams.config;

import java.util.List;

/** Thrown at startup when configuration values are invalid; its message names every one. */
public final class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super("Invalid mcp-streams configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per invalid value, in the order the keys were read. */
    public List<String> problems() {
        return problems;
    }
}
