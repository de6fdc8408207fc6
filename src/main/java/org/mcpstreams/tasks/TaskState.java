package org.mcpstreams.tasks;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What is known of a task at one moment, as a store keeps it: a value, replaced as a whole on each
 * change, which a store on another node can hold as well.
 *
 * @param result the tool's result once {@link TaskStatus#COMPLETED}, else null
 * @param error the JSON-RPC error ({@code code}, {@code message}) once {@link TaskStatus#FAILED},
 *     else null
 * @param inputRequests the questions to the client waiting for {@code tasks/update}, by key
 */
public record TaskState(String id, TaskOwner owner, TaskStatus status, Instant createdAt, Instant lastUpdatedAt,
        Duration ttl, JsonObject result, JsonObject error, Map<String, JsonObject> inputRequests) {

    public TaskState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
        Objects.requireNonNull(ttl, "ttl");
        inputRequests = Map.copyOf(inputRequests);
    }

    /** A task that has just started. */
    static TaskState working(String id, TaskOwner owner, Instant now, Duration ttl) {
        return new TaskState(id, owner, TaskStatus.WORKING, now, now, ttl, null, null, Map.of());
    }

    /** When the task is forgotten: its time to live after its creation. */
    public Instant expiresAt() {
        return createdAt.plus(ttl);
    }

    /** This task ended with the tool's result; an ended task stays as it is. */
    public TaskState completed(JsonObject toolResult, Instant now) {
        return status.terminal() ? this
                : new TaskState(id, owner, TaskStatus.COMPLETED, createdAt, now, ttl, toolResult, null, Map.of());
    }

    /** This task failed with a JSON-RPC error; an ended task stays as it is. */
    public TaskState failed(JsonObject jsonRpcError, Instant now) {
        return status.terminal() ? this
                : new TaskState(id, owner, TaskStatus.FAILED, createdAt, now, ttl, null, jsonRpcError, Map.of());
    }

    /** This task cancelled; an ended task stays as it is. */
    public TaskState cancelled(Instant now) {
        return status.terminal() ? this
                : new TaskState(id, owner, TaskStatus.CANCELLED, createdAt, now, ttl, null, null, Map.of());
    }

    /** This task waiting for one more answer of its client; an ended task stays as it is. */
    public TaskState asking(String key, JsonObject inputRequest, Instant now) {
        if (status.terminal()) {
            return this;
        }
        Map<String, JsonObject> asked = new LinkedHashMap<>(inputRequests);
        asked.put(key, inputRequest);
        return new TaskState(id, owner, TaskStatus.INPUT_REQUIRED, createdAt, now, ttl, null, null, asked);
    }

    /** This task with the question of {@code key} answered: working again once none is left. */
    public TaskState answered(String key, Instant now) {
        if (status.terminal() || !inputRequests.containsKey(key)) {
            return this;
        }
        Map<String, JsonObject> left = new LinkedHashMap<>(inputRequests);
        left.remove(key);
        TaskStatus next = left.isEmpty() ? TaskStatus.WORKING : TaskStatus.INPUT_REQUIRED;
        return new TaskState(id, owner, next, createdAt, now, ttl, null, null, left);
    }

    /**
     * The task's fields on the wire: {@code taskId}, {@code status}, {@code createdAt},
     * {@code lastUpdatedAt}, {@code ttlMs}, {@code pollIntervalMs}.
     */
    public JsonObjectBuilder toJson(Duration pollInterval) {
        return Jsonp.createObjectBuilder()
                .add("taskId", id)
                .add("status", status.wireName())
                .add("createdAt", createdAt.toString())
                .add("lastUpdatedAt", lastUpdatedAt.toString())
                .add("ttlMs", ttl.toMillis())
                .add("pollIntervalMs", pollInterval.toMillis());
    }

    /**
     * {@code tasks/get}'s answer: the task's fields with the {@code result} of a completed task,
     * the {@code error} of a failed one, the {@code inputRequests} of one waiting for input.
     */
    public JsonObject detailed(Duration pollInterval) {
        JsonObjectBuilder json = toJson(pollInterval);
        if (result != null) {
            json.add("result", result);
        }
        if (error != null) {
            json.add("error", error);
        }
        if (status == TaskStatus.INPUT_REQUIRED) {
            JsonObjectBuilder asked = Jsonp.createObjectBuilder();
            inputRequests.forEach(asked::add);
            json.add("inputRequests", asked);
        }
        return json.build();
    }
}
