package org.mcpstreams.tasks;

import java.util.Locale;

/** Where a task is: running, waiting for its client's input, or ended one of three ways. */
public enum TaskStatus {
    WORKING,
    INPUT_REQUIRED,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** Whether the task has ended: its status never changes again. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** The name on the wire, such as {@code input_required}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
