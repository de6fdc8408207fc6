package org.mcpstreams.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.config.TaskLimits;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.CallThreads;
import org.mcpstreams.protocol.SessionCall;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionEnded;
import org.mcpstreams.stream.McpStreams;
import org.mcpstreams.stream.Sweepable;

/**
 * Starts tasks and answers for them: the state of every task is in the {@link TaskStore}; the
 * runs of this node's tasks (their open questions and cancel actions) are in a concurrent map
 * here, updated per task. At each sweep (the registry's sweep interval), tasks past their time to live are forgotten and their
 * runs cancelled; a session that ends takes its tasks with it. A session's client hears of each
 * change of its tasks ({@code notifications/tasks}).
 */
@ApplicationScoped
public class TaskRunner implements Sweepable {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    private final TaskStore store;
    private final TaskLimits limits;
    private final Clock clock;
    /** Where cancel actions run: the application's threads. */
    private final Executor actions;
    private final Notifier notifier;
    private final Map<String, TaskCall> runs = new ConcurrentHashMap<>();

    @Inject
    TaskRunner(TaskStore store, TaskLimits limits, @McpStreams Clock clock, CallThreads actions,
            Notifier notifier) {
        this(store, limits, clock, (Executor) actions, notifier);
    }

    /** @param actions where cancel actions run (at once in tests) */
    TaskRunner(TaskStore store, TaskLimits limits, Clock clock, Executor actions, Notifier notifier) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        this.actions = actions;
        this.notifier = notifier;
    }

    /** For the CDI container's proxy only. */
    TaskRunner() {
        this(null, null, null, (Executor) null, null);
    }

    /**
     * Starts {@code work} as a task of the caller and answers with the {@code CreateTaskResult}
     * once the task is in the store, so that a {@code tasks/get} finds it at once. The work runs
     * with a context of the task; its stage's result is the task's result, an
     * {@link McpException} it fails with is the task's error.
     *
     * @throws McpException -32000 when the caps of tasks are reached
     */
    public JsonObject start(CallContext call, Function<CallContext, CompletionStage<JsonObject>> work) {
        TaskState task;
        try {
            task = store.create(ownerOf(call));
        } catch (TaskLimitExceededException full) {
            throw new McpException(ErrorCode.TRANSPORT, full.getMessage());
        }
        TaskCall run = new TaskCall(task, call, store, clock, this::changed);
        runs.put(task.id(), run);
        CompletionStage<JsonObject> stage;
        try {
            stage = work.apply(run);
        } catch (RuntimeException thrown) {
            stage = CompletableFuture.failedFuture(thrown);
        }
        stage.whenComplete((result, error) -> finish(run, result, error));
        return task.toJson(limits.pollInterval()).add("resultType", "task").build();
    }

    /** {@code tasks/get}: the task with its result, error or questions. */
    JsonObject detailed(CallContext call, String taskId) {
        return find(call, taskId).detailed(limits.pollInterval());
    }

    /** {@code tasks/update}: answers the task's questions that {@code responses} name. */
    void answer(CallContext call, String taskId, JsonObject responses) {
        find(call, taskId);
        TaskCall run = runs.get(taskId);
        if (run != null) {
            run.answer(responses);
        }
    }

    /** {@code tasks/cancel}: cancels the task unless it has ended; does nothing more if it has. */
    void cancel(CallContext call, String taskId) {
        TaskOwner owner = ownerOf(call);
        TaskState task = store.find(owner, taskId).orElseThrow(() -> unknown(taskId));
        if (!task.status().terminal()) {
            store.update(owner, taskId, t -> t.cancelled(clock.instant())).ifPresent(this::changed);
        }
        TaskCall run = runs.remove(taskId);
        if (run != null) {
            run.cancel(actions);
        }
    }

    /** The tasks of every owner, for the application. */
    List<TaskState> all() {
        return store.all();
    }

    /** Cancels a task whoever owns it, for the application; false when there is none of that id. */
    boolean cancel(String taskId) {
        Optional<TaskState> task = store.all().stream().filter(t -> t.id().equals(taskId)).findFirst();
        if (task.isEmpty()) {
            return false;
        }
        if (!task.get().status().terminal()) {
            store.update(task.get().owner(), taskId, t -> t.cancelled(clock.instant())).ifPresent(this::changed);
        }
        TaskCall run = runs.remove(taskId);
        if (run != null) {
            run.cancel(actions);
        }
        return true;
    }

    /** Forgets the tasks of an ended session and cancels their runs. */
    void sessionEnded(@Observes SessionEnded ended) {
        store.removeSession(ended.sessionId()).forEach(this::forget);
    }

    /** Forgets the tasks past their time to live and cancels their runs; at each sweep of the registry's sweeper. */
    @Override
    public void sweep() {
        try {
            store.removeExpired().forEach(this::forget);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The sweep of expired tasks failed", failed);
        }
    }

    private void forget(TaskState task) {
        TaskCall run = runs.remove(task.id());
        if (run != null) {
            run.cancel(actions);
        }
    }

    private TaskState find(CallContext call, String taskId) {
        return store.find(ownerOf(call), taskId).orElseThrow(() -> unknown(taskId));
    }

    private void finish(TaskCall run, JsonObject result, Throwable error) {
        runs.remove(run.taskId(), run);
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        JsonObject failure = null;
        if (cause instanceof McpException mcp) {
            failure = error(mcp.code(), mcp.getMessage());
        } else if (cause != null) {
            if (!run.cancelled()) {
                LOG.log(Level.WARNING, "Task " + run.taskId() + " failed", cause);
            }
            failure = error(ErrorCode.INTERNAL_ERROR, "Internal error");
        } else if (result == null) {
            failure = error(ErrorCode.INTERNAL_ERROR, "Internal error");
        } else if (result.toString().getBytes(StandardCharsets.UTF_8).length > limits.maxResultBytes()) {
            failure = error(ErrorCode.INTERNAL_ERROR, "The result exceeds " + limits.maxResultBytes() + " bytes");
        }
        JsonObject failed = failure;
        store.find(run.owner(), run.taskId()).filter(task -> !task.status().terminal()).flatMap(working ->
                store.update(run.owner(), run.taskId(), task -> failed != null ? task.failed(failed, clock.instant())
                        : task.completed(result, clock.instant()))).ifPresent(this::changed);
    }

    /**
     * Tells a session's client that its task changed, with {@code notifications/tasks} on the
     * session's stream; a stateless client polls.
     */
    private void changed(TaskState task) {
        task.owner().sessionId().ifPresent(session -> notifier.notify(session, "notifications/tasks",
                task.detailed(limits.pollInterval())));
    }

    private static JsonObject error(int code, String message) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder().add("code", code).add("message", message);
        return error.build();
    }

    static McpException unknown(String taskId) {
        return new McpException(ErrorCode.INVALID_PARAMS, "Unknown task: " + Echo.of(taskId));
    }

    /** The owner of the tasks a request starts or sees: its user and, on a session, that session. */
    static TaskOwner ownerOf(CallContext call) {
        if (!(call instanceof SessionCall request)) {
            throw new IllegalStateException("Only a request's own context starts or finds tasks");
        }
        Session session = request.session();
        return new TaskOwner(Optional.ofNullable(session.user()), session.version().stateless() ? Optional.empty()
                : Optional.of(session.id()));
    }
}
