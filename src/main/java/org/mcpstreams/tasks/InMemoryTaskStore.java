package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.mcpstreams.config.TaskLimits;
import org.mcpstreams.stream.McpStreams;

/**
 * The tasks of this node, in a concurrent map. Each task is changed by an atomic update of its
 * key; {@link #create} holds the store's lock while it counts and adds, so that the caps hold
 * (it counts by a scan, bounded by the cap). Expired tasks are dropped when met and by
 * {@link #removeExpired}.
 */
@ApplicationScoped
public class InMemoryTaskStore implements TaskStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TaskLimits limits;
    private final Clock clock;
    private final Map<String, TaskState> tasks = new ConcurrentHashMap<>();

    @Inject
    public InMemoryTaskStore(TaskLimits limits, @McpStreams Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    InMemoryTaskStore() {
        this(null, null);
    }

    @Override
    public synchronized TaskState create(TaskOwner owner) {
        List<TaskState> kept = all();
        if (kept.size() >= limits.max()) {
            throw new TaskLimitExceededException("Too many tasks: " + limits.max() + " are kept");
        }
        long ofUser = kept.stream().filter(task -> task.owner().user().equals(owner.user())).count();
        if (ofUser >= limits.maxPerUser()) {
            throw new TaskLimitExceededException("Too many tasks: this user keeps " + limits.maxPerUser());
        }
        TaskState task = TaskState.working(newId(), owner, clock.instant(), limits.ttl());
        tasks.put(task.id(), task);
        return task;
    }

    @Override
    public Optional<TaskState> find(TaskOwner owner, String taskId) {
        return update(owner, taskId, UnaryOperator.identity());
    }

    @Override
    public Optional<TaskState> update(TaskOwner owner, String taskId, UnaryOperator<TaskState> change) {
        Instant now = clock.instant();
        // an expired task stays until removeExpired, which hands it over so that its run is cancelled
        TaskState changed = tasks.computeIfPresent(taskId, (id, task) -> task.owner().equals(owner)
                && now.isBefore(task.expiresAt()) ? change.apply(task) : task);
        return Optional.ofNullable(changed).filter(task -> task.owner().equals(owner)
                && now.isBefore(task.expiresAt()));
    }

    @Override
    public List<TaskState> all() {
        Instant now = clock.instant();
        return tasks.values().stream().filter(task -> now.isBefore(task.expiresAt())).toList();
    }

    @Override
    public List<TaskState> removeSession(String sessionId) {
        return remove(task -> task.owner().sessionId().filter(sessionId::equals).isPresent());
    }

    @Override
    public List<TaskState> removeExpired() {
        Instant now = clock.instant();
        return remove(task -> !now.isBefore(task.expiresAt()));
    }

    private List<TaskState> remove(Predicate<TaskState> which) {
        List<TaskState> removed = new ArrayList<>();
        for (TaskState task : tasks.values()) {
            if (which.test(task) && tasks.remove(task.id(), task)) {
                removed.add(task);
            }
        }
        return removed;
    }

    /** 128 random bits: an id no one guesses. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
