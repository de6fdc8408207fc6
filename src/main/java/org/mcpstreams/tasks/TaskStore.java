package org.mcpstreams.tasks;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the state of tasks lives: the seam a cluster replaces (as a CDI alternative) so that a
 * task started on one node is found on every other. An expired task is never returned: it is
 * gone as if it had never been.
 */
public interface TaskStore {

    /**
     * Adds a new working task of {@code owner}.
     *
     * @throws TaskLimitExceededException when the cap of all tasks or of the owner's user is reached
     */
    TaskState create(TaskOwner owner);

    /** The task of that id if {@code owner} owns it and it has not expired; empty otherwise. */
    Optional<TaskState> find(TaskOwner owner, String taskId);

    /**
     * Replaces the task of that id, atomically, with what {@code change} makes of it, if
     * {@code owner} owns it and it has not expired.
     *
     * @return the task as changed; empty when not found
     */
    Optional<TaskState> update(TaskOwner owner, String taskId, UnaryOperator<TaskState> change);

    /** The tasks of every owner that have not expired. */
    List<TaskState> all();

    /** Forgets every task of a session, which has ended; returns those it forgot. */
    List<TaskState> removeSession(String sessionId);

    /** Forgets every task past its time to live; returns those it forgot. */
    List<TaskState> removeExpired();
}
