package org.mcpstreams.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.config.McpConfig;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.config.TaskLimits;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.SessionCall;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionEnded;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.testsupport.AdjustableClock;

class TaskRunnerTest {

    private static final JsonObject DECLARED = Jsonp.createObjectBuilder().add("extensions",
            Jsonp.createObjectBuilder().add(TaskCapability.ID, JsonValue.EMPTY_JSON_OBJECT)).build();
    private static final JsonObject RESULT = Jsonp.createObjectBuilder().add("content", Jsonp.createArrayBuilder())
            .build();

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final TaskLimits limits = new TaskLimits(Duration.ofSeconds(60), Duration.ofMillis(500), 10, 10, 100);
    private final InMemoryTaskStore store = new InMemoryTaskStore(limits, clock);
    private final List<String> notified = new ArrayList<>();
    private final TaskRunner runner = new TaskRunner(store, limits, clock, Runnable::run, new Notifier() {
        @Override
        public boolean notify(String sessionId, String method, JsonObject params) {
            return notified.add(method + " " + params.getString("status"));
        }

        @Override
        public int broadcast(String method, JsonObject params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int resourceUpdated(String uri) {
            throw new UnsupportedOperationException();
        }
    });
    private final SessionCall alice = call("alice");
    private final CompletableFuture<JsonObject> work = new CompletableFuture<>();

    @Test
    void startAnswersWithAWorkingTaskThatIsFoundAtOnce() {
        JsonObject created = runner.start(alice, context -> work);

        assertEquals("task", created.getString("resultType"));
        assertEquals("working", created.getString("status"));
        assertEquals(60_000, created.getInt("ttlMs"));
        assertEquals(500, created.getInt("pollIntervalMs"));
        assertEquals("working", runner.detailed(alice, created.getString("taskId")).getString("status"));
    }

    @Test
    void theWorksResultIsTheTasksResult() {
        String id = runner.start(alice, context -> work).getString("taskId");
        work.complete(RESULT);

        JsonObject task = runner.detailed(alice, id);
        assertEquals("completed", task.getString("status"));
        assertEquals(RESULT, task.getJsonObject("result"));
    }

    @Test
    void aProtocolErrorFailsTheTaskWithThatError() {
        String id = runner.start(alice, context -> work).getString("taskId");
        work.completeExceptionally(new McpException(-32603, "broken"));

        JsonObject task = runner.detailed(alice, id);
        assertEquals("failed", task.getString("status"));
        assertEquals(-32603, task.getJsonObject("error").getInt("code"));
        assertFalse(task.containsKey("result"));
    }

    @Test
    void aResultLargerThanTheBoundFailsTheTask() {
        String id = runner.start(alice, context -> work).getString("taskId");
        work.complete(Jsonp.createObjectBuilder().add("text", "x".repeat(200)).build());

        assertEquals("The result exceeds 100 bytes", runner.detailed(alice, id).getJsonObject("error")
                .getString("message"));
    }

    @Test
    void anotherUsersTaskIsUnknown() {
        String id = runner.start(alice, context -> work).getString("taskId");

        McpException unknown = assertThrows(McpException.class, () -> runner.detailed(call("bob"), id));
        assertEquals(-32602, unknown.code());
        assertEquals(-32602, assertThrows(McpException.class, () -> runner.cancel(call("bob"), id)).code());
    }

    @Test
    void cancelEndsTheTaskAndRunsItsCancelActions() {
        AtomicBoolean told = new AtomicBoolean();
        String id = runner.start(alice, context -> {
            context.onCancel(() -> told.set(true));
            return work;
        }).getString("taskId");

        runner.cancel(alice, id);
        work.complete(RESULT);

        assertTrue(told.get());
        assertEquals("cancelled", runner.detailed(alice, id).getString("status"));
    }

    @Test
    void aQuestionWaitsInTheTaskUntilUpdateAnswersIt() {
        String id = runner.start(alice, context -> ask(context)).getString("taskId");

        JsonObject waiting = runner.detailed(alice, id);
        assertEquals("input_required", waiting.getString("status"));
        assertEquals("elicitation/create", waiting.getJsonObject("inputRequests").getJsonObject("ok")
                .getString("method"));
        runner.answer(alice, id, Jsonp.createObjectBuilder().add("ok", Jsonp.createObjectBuilder()
                .add("action", "accept")).build());
        assertEquals("completed", runner.detailed(alice, id).getString("status"));
    }

    @Test
    void anExpiredTaskIsForgottenAndItsRunCancelled() {
        AtomicBoolean told = new AtomicBoolean();
        String id = runner.start(alice, context -> {
            context.onCancel(() -> told.set(true));
            return work;
        }).getString("taskId");

        clock.advance(Duration.ofSeconds(60));
        runner.sweep();

        assertTrue(told.get());
        assertEquals(-32602, assertThrows(McpException.class, () -> runner.detailed(alice, id)).code());
    }

    @Test
    void anEndedSessionTakesItsTasksWithIt() {
        SessionCall inSession = new FakeSessionCall(sessionOf("alice"));
        String id = runner.start(inSession, context -> work).getString("taskId");

        runner.sessionEnded(new SessionEnded(inSession.sessionId()));

        assertEquals(-32602, assertThrows(McpException.class, () -> runner.detailed(inSession, id)).code());
    }

    @Test
    void aSessionsClientHearsOfEachChangeOfItsTask() {
        SessionCall inSession = new FakeSessionCall(sessionOf("alice"));
        String id = runner.start(inSession, context -> ask(context)).getString("taskId");

        runner.answer(inSession, id, Jsonp.createObjectBuilder().add("ok", JsonValue.EMPTY_JSON_OBJECT).build());

        assertEquals(List.of("notifications/tasks input_required", "notifications/tasks working",
                "notifications/tasks completed"), notified);
    }

    @Test
    void aStatelessClientPollsAndHearsNothing() {
        String id = runner.start(alice, context -> work).getString("taskId");
        runner.cancel(alice, id);

        assertEquals(List.of(), notified);
    }

    @Test
    void theCapsAreAnsweredWithTransportErrors() {
        for (int i = 0; i < 10; i++) {
            runner.start(alice, context -> work);
        }
        McpException full = assertThrows(McpException.class, () -> runner.start(alice, context -> work));
        assertEquals(-32000, full.code());
    }

    private static CompletionStage<JsonObject> ask(CallContext context) {
        return context.request("ok", "elicitation/create", JsonValue.EMPTY_JSON_OBJECT).thenApply(answer -> RESULT);
    }

    private static SessionCall call(String user) {
        return new FakeSessionCall(Session.stateless(user, ProtocolVersion.V2026_07_28, DECLARED,
                JsonValue.EMPTY_JSON_OBJECT, null));
    }

    private Session sessionOf(String user) {
        SessionStore sessions = new SessionStore(McpConfig.DEFAULTS.sessions(), StreamLimits.DEFAULTS, clock,
                new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run).router());
        return sessions.create(user, ProtocolVersion.V2025_11_25, DECLARED, null);
    }
}
