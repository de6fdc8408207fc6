package org.mcpstreams.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.TaskInfo;
import org.mcpstreams.config.TaskLimits;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.testsupport.AdjustableClock;

class ApplicationTasksTest {

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final TaskLimits limits = new TaskLimits(Duration.ofSeconds(60), Duration.ofMillis(500), 10, 10, 1024);
    private final TaskRunner runner = new TaskRunner(new InMemoryTaskStore(limits, clock), limits, clock,
            Runnable::run, null);
    private final ApplicationTasks tasks = new ApplicationTasks(runner);
    private final JsonObject declared = Jsonp.createObjectBuilder().add("extensions", Jsonp.createObjectBuilder()
            .add(TaskCapability.ID, JsonValue.EMPTY_JSON_OBJECT)).build();

    @Test
    void theApplicationSeesEveryUsersTasks() {
        String alices = start("alice", new CompletableFuture<>());
        String bobs = start("bob", new CompletableFuture<>());

        Instant now = clock.instant();
        assertEquals(List.of(new TaskInfo(alices, "alice", "working", now, now, now.plusSeconds(60))),
                tasks.list().stream().filter(task -> task.id().equals(alices)).toList());
        assertEquals(Optional.of("bob"), tasks.find(bobs).map(TaskInfo::user));
        assertEquals(Optional.empty(), tasks.find("no-such-task"));
    }

    @Test
    void theApplicationCancelsAnyUsersTask() {
        AtomicBoolean told = new AtomicBoolean();
        String id = runner.start(call("carol"), context -> {
            context.onCancel(() -> told.set(true));
            return new CompletableFuture<>();
        }).getString("taskId");

        assertTrue(tasks.cancel(id));
        assertTrue(told.get());
        assertEquals("cancelled", tasks.find(id).orElseThrow().status());
        assertFalse(tasks.cancel("no-such-task"));
    }

    private String start(String user, CompletableFuture<JsonObject> work) {
        return runner.start(call(user), context -> work).getString("taskId");
    }

    private FakeSessionCall call(String user) {
        return new FakeSessionCall(Session.stateless(user, ProtocolVersion.V2026_07_28, declared,
                JsonValue.EMPTY_JSON_OBJECT, null));
    }
}
