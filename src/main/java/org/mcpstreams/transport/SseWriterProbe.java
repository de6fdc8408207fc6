package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import org.mcpstreams.stream.EventRun;

/**
 * Whether the JAX-RS runtime writes whole SSE events through the application's
 * {@link SseEventWriter}. The specification does not say: Jersey does, RESTEasy (WildFly, Open
 * Liberty) writes events with its own writer whatever the application provides. Only where ours
 * writes can a run of events go out as one write ({@link EventRun}); until
 * ours has written an event, and on a runtime where it never does, events go out one at a time.
 */
@ApplicationScoped
public class SseWriterProbe {

    private volatile boolean ours;

    /** Called by {@link SseEventWriter} for each event it writes. */
    void wroteAnEvent() {
        if (!ours) {
            ours = true;
        }
    }

    /** Whether a run of events may be handed to the runtime as one event. */
    public boolean writesRuns() {
        return ours;
    }
}
