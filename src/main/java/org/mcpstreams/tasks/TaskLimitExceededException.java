package org.mcpstreams.tasks;

/** No task can be added: the cap of all tasks, or of the owner's user, is reached. */
public class TaskLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskLimitExceededException(String message) {
        super(message);
    }
}
