package org.mcpstreams.tasks;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * The context of a tool running as a task, on the node that runs it. A question to the client
 * waits in the task's {@code inputRequests} until {@code tasks/update} answers it; progress and
 * log messages have no request stream to go on and are dropped. Its maps are concurrent; no
 * lock is held while a future completes or a cancel action runs.
 */
final class TaskCall implements CallContext {

    private static final Logger LOG = Logger.getLogger(TaskCall.class.getName());

    private final String taskId;
    private final TaskOwner owner;
    private final CallContext origin;
    private final TaskStore store;
    private final Clock clock;
    /** Told of each change of the task's state this run makes. */
    private final Consumer<TaskState> changed;
    private final AtomicInteger asked = new AtomicInteger();
    private final Map<String, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /** @param origin the request that started the task, whose session and capabilities it keeps */
    TaskCall(TaskState task, CallContext origin, TaskStore store, Clock clock, Consumer<TaskState> changed) {
        this.taskId = task.id();
        this.owner = task.owner();
        this.origin = origin;
        this.store = store;
        this.clock = clock;
        this.changed = changed;
    }

    String taskId() {
        return taskId;
    }

    TaskOwner owner() {
        return owner;
    }

    @Override
    public String sessionId() {
        return origin.sessionId();
    }

    @Override
    public String protocolVersion() {
        return origin.protocolVersion();
    }

    @Override
    public JsonObject clientCapabilities() {
        return origin.clientCapabilities();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        // a task's client polls; there is no stream of the request to carry progress
    }

    @Override
    public void log(String level, JsonValue data) {
        // as progress: no stream to carry it
    }

    @Override
    public CompletionStage<JsonObject> request(String key, String method, JsonObject params) {
        String name = key != null ? key : "input-" + asked.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        if (waiting.putIfAbsent(name, answer) != null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("The key " + name + " is asked already"));
        }
        var question = Jsonp.createObjectBuilder().add("method", method);
        if (params != null) {
            question.add("params", params);
        }
        JsonObject inputRequest = question.build();
        Optional<TaskState> asking = store.update(owner, taskId, task -> task.asking(name, inputRequest,
                clock.instant())).filter(task -> !task.status().terminal());
        asking.ifPresent(changed);
        boolean open = asking.isPresent();
        if (!open || cancelled) {
            waiting.remove(name, answer);
            answer.completeExceptionally(new CancellationException("The task has ended"));
        }
        return answer;
    }

    /** Answers the questions that {@code responses} (objects, by key) name and that wait; ignores the others. */
    void answer(JsonObject responses) {
        responses.forEach((key, response) -> {
            CompletableFuture<JsonObject> answer = waiting.remove(key);
            if (answer != null) {
                store.update(owner, taskId, task -> task.answered(key, clock.instant())).ifPresent(changed);
                answer.complete(response.asJsonObject());
            }
        });
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        Runnable own = () -> action.run();
        onCancel.add(own);
        if (cancelled && onCancel.remove(own)) {
            own.run();
        }
    }

    /** Marks the task's run cancelled, fails its open questions and runs its cancel actions on {@code actions}. */
    void cancel(Executor actions) {
        cancelled = true;
        waiting.forEach((key, answer) -> {
            if (waiting.remove(key, answer)) {
                answer.completeExceptionally(new CancellationException("The task was cancelled"));
            }
        });
        for (Runnable action : onCancel) {
            if (onCancel.remove(action)) {
                try {
                    actions.execute(() -> {
                        try {
                            action.run();
                        } catch (RuntimeException failed) {
                            LOG.log(Level.WARNING, "A cancel action of task " + taskId + " failed", failed);
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    LOG.fine(() -> "A cancel action of task " + taskId + " was not run: the call threads are busy");
                }
            }
        }
    }
}
