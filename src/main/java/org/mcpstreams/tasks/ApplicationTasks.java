package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.mcpstreams.api.TaskInfo;
import org.mcpstreams.api.Tasks;

/** {@link Tasks} over the task store and this node's runs. */
@ApplicationScoped
public class ApplicationTasks implements Tasks {

    private final TaskRunner runner;

    @Inject
    ApplicationTasks(TaskRunner runner) {
        this.runner = runner;
    }

    /** For the CDI container's proxy only. */
    ApplicationTasks() {
        this(null);
    }

    @Override
    public List<TaskInfo> list() {
        return runner.all().stream().map(ApplicationTasks::info).toList();
    }

    @Override
    public Optional<TaskInfo> find(String id) {
        return runner.all().stream().filter(task -> task.id().equals(id)).findFirst().map(ApplicationTasks::info);
    }

    @Override
    public boolean cancel(String id) {
        return runner.cancel(id);
    }

    private static TaskInfo info(TaskState task) {
        return new TaskInfo(task.id(), task.owner().user().orElse(null), task.status().wireName(), task.createdAt(),
                task.lastUpdatedAt(), task.expiresAt());
    }
}
