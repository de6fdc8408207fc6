package org.mcpstreams.api;

import java.util.Locale;

/**
 * Whether a tool runs as a task of the tasks extension ({@code io.modelcontextprotocol/tasks}),
 * as {@code execution.taskSupport} of {@code tools/list} names it.
 */
public enum TaskSupport {
    /** Never a task: the call is answered with the tool's result. */
    FORBIDDEN,
    /** A task for a client that declared the extension, else answered with the tool's result. */
    OPTIONAL,
    /** Always a task: a client that did not declare the extension gets -32021. */
    REQUIRED;

    /** The name on the wire: {@code forbidden}, {@code optional}, {@code required}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
