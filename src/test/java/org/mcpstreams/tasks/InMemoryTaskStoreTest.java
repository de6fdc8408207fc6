package org.mcpstreams.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.TaskLimits;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.testsupport.AdjustableClock;

class InMemoryTaskStoreTest {

    private static final TaskOwner ALICE = new TaskOwner(Optional.of("alice"), Optional.empty());
    private static final TaskOwner ALICE_IN_SESSION = new TaskOwner(Optional.of("alice"), Optional.of("s1"));
    private static final TaskOwner BOB = new TaskOwner(Optional.of("bob"), Optional.empty());
    private static final JsonObject RESULT = Jsonp.createObjectBuilder().add("content", Jsonp.createArrayBuilder())
            .build();

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final InMemoryTaskStore store = new InMemoryTaskStore(
            new TaskLimits(Duration.ofSeconds(60), Duration.ofSeconds(1), 4, 2, 1024), clock);

    @Test
    void aNewTaskIsWorkingAndFoundByItsOwner() {
        TaskState task = store.create(ALICE);

        assertEquals(TaskStatus.WORKING, store.find(ALICE, task.id()).orElseThrow().status());
    }

    @Test
    void anotherUsersTaskLooksUnknown() {
        TaskState task = store.create(ALICE);

        assertEquals(Optional.empty(), store.find(BOB, task.id()));
        assertEquals(Optional.empty(), store.update(BOB, task.id(), t -> t.cancelled(clock.instant())));
        assertEquals(TaskStatus.WORKING, store.find(ALICE, task.id()).orElseThrow().status());
    }

    @Test
    void anotherSessionsTaskLooksUnknown() {
        TaskState task = store.create(ALICE_IN_SESSION);

        assertEquals(Optional.empty(), store.find(ALICE, task.id()));
    }

    @Test
    void idsAreNotRepeated() {
        assertNotEquals(store.create(ALICE).id(), store.create(ALICE).id());
    }

    @Test
    void aTaskIsFoundUntilItsTimeToLiveEnds() {
        TaskState task = store.create(ALICE);

        clock.advance(Duration.ofSeconds(59));
        assertTrue(store.find(ALICE, task.id()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), store.find(ALICE, task.id()));
    }

    @Test
    void anExpiredTaskMetByALookupIsStillHandedToRemoveExpired() {
        TaskState task = store.create(ALICE);
        clock.advance(Duration.ofSeconds(60));

        assertEquals(Optional.empty(), store.find(ALICE, task.id()));
        assertEquals(List.of(task), store.removeExpired());
    }

    @Test
    void removeExpiredForgetsTasksPastTheirTimeToLive() {
        TaskState old = store.create(ALICE);
        clock.advance(Duration.ofSeconds(30));
        TaskState young = store.create(BOB);
        clock.advance(Duration.ofSeconds(30));

        assertEquals(List.of(old), store.removeExpired());
        assertEquals(List.of(young), store.all());
    }

    @Test
    void theCapPerUserRefusesOneMoreTaskOfThatUserOnly() {
        store.create(ALICE);
        store.create(ALICE_IN_SESSION);

        TaskLimitExceededException refused = assertThrows(TaskLimitExceededException.class, () -> store.create(ALICE));
        assertEquals("Too many tasks: this user keeps 2", refused.getMessage());
        store.create(BOB);
    }

    @Test
    void theCapOfAllTasksRefusesOneMore() {
        store.create(ALICE);
        store.create(BOB);
        store.create(new TaskOwner(Optional.of("carol"), Optional.empty()));
        store.create(new TaskOwner(Optional.of("dave"), Optional.empty()));

        TaskLimitExceededException refused = assertThrows(TaskLimitExceededException.class,
                () -> store.create(new TaskOwner(Optional.of("erin"), Optional.empty())));
        assertEquals("Too many tasks: 4 are kept", refused.getMessage());
    }

    @Test
    void expiredTasksNoLongerCountTowardTheCaps() {
        store.create(ALICE);
        store.create(ALICE);
        clock.advance(Duration.ofSeconds(60));

        assertEquals(TaskStatus.WORKING, store.create(ALICE).status());
    }

    @Test
    void anEndedSessionsTasksAreForgotten() {
        TaskState inSession = store.create(ALICE_IN_SESSION);
        TaskState stateless = store.create(ALICE);

        assertEquals(List.of(inSession), store.removeSession("s1"));
        assertEquals(List.of(stateless), store.all());
    }

    @Test
    void anEndedTaskStaysAsItIs() {
        TaskState task = store.create(ALICE);
        store.update(ALICE, task.id(), t -> t.cancelled(clock.instant()));

        TaskState after = store.update(ALICE, task.id(), t -> t.completed(RESULT, clock.instant())).orElseThrow();

        assertEquals(TaskStatus.CANCELLED, after.status());
    }

    @Test
    void aTaskWaitsForInputUntilEveryQuestionIsAnswered() {
        TaskState task = store.create(ALICE);
        JsonObject ask = Jsonp.createObjectBuilder().add("method", "elicitation/create").build();
        store.update(ALICE, task.id(), t -> t.asking("a", ask, clock.instant()).asking("b", ask, clock.instant()));

        TaskState half = store.update(ALICE, task.id(), t -> t.answered("a", clock.instant())).orElseThrow();
        assertEquals(TaskStatus.INPUT_REQUIRED, half.status());
        assertEquals(List.of("b"), List.copyOf(half.inputRequests().keySet()));
        TaskState done = store.update(ALICE, task.id(), t -> t.answered("b", clock.instant())).orElseThrow();
        assertEquals(TaskStatus.WORKING, done.status());
    }

    @Test
    void theDetailedTaskOfACompletedOneInlinesItsResult() {
        TaskState task = store.create(ALICE);
        TaskState done = store.update(ALICE, task.id(), t -> t.completed(RESULT, clock.instant())).orElseThrow();

        JsonObject json = done.detailed(Duration.ofSeconds(1));

        assertEquals("completed", json.getString("status"));
        assertEquals(RESULT, json.getJsonObject("result"));
        assertEquals(60_000, json.getInt("ttlMs"));
        assertEquals(1_000, json.getInt("pollIntervalMs"));
        assertTrue(!json.containsKey("error") && !json.containsKey("inputRequests"));
    }
}
