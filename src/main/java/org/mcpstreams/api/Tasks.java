package org.mcpstreams.api;

import java.util.List;
import java.util.Optional;

/**
 * The tasks of every client, for the application to list, inspect and cancel; inject it:
 * <pre>{@code @Inject Tasks tasks;
 * tasks.list().stream().filter(t -> t.user().equals("alice")).forEach(t -> tasks.cancel(t.id()));}</pre>
 * Expired tasks are not seen.
 */
public interface Tasks {

    /** Every task kept now, running or ended. */
    List<TaskInfo> list();

    /** The task of that id; empty when there is none, or it expired. */
    Optional<TaskInfo> find(String id);

    /**
     * Cancels the task of that id unless it has ended: its tool sees {@link CallContext#cancelled()}
     * and its cancel actions run.
     *
     * @return false when there is no task of that id
     */
    boolean cancel(String id);
}
