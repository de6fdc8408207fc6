package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.ResultResponse;

/** Only a response to a waiting request of the same session completes anything. */
class PendingClientRequestsTest {

    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));

    @Test
    void idsAreFreshStrings() {
        assertEquals("\"s1\"", pending.nextId().toString());
        assertEquals("\"s2\"", pending.nextId().toString());
    }

    @Test
    void responseToAnUnknownIdCompletesNothing() {
        assertFalse(pending.complete("session-1", new ResultResponse(Json.createValue("s9"), JsonObject.EMPTY_JSON_OBJECT)));
    }

    @Test
    void errorToAnUnknownIdCompletesNothing() {
        assertFalse(pending.complete("session-1", new ErrorResponse(Json.createValue("s9"), -1, "no", null)));
    }

    @Test
    void responseOfAnotherSessionCompletesNothing() {
        pending.expect("session-1", Json.createValue("s1"));
        assertFalse(pending.complete("session-2", new ResultResponse(Json.createValue("s1"), JsonObject.EMPTY_JSON_OBJECT)));
    }

    @Test
    void numberIdDoesNotAnswerTheSameDigitsAsAString() {
        pending.expect("session-1", Json.createValue("1"));
        assertFalse(pending.complete("session-1", new ResultResponse(Json.createValue(1), JsonObject.EMPTY_JSON_OBJECT)));
    }

    @Test
    void notificationCompletesNothing() {
        pending.expect("session-1", Json.createValue("s1"));
        assertFalse(pending.complete("session-1", new Notification("notifications/progress", null)));
    }

    @Test
    void responseToAWaitingRequestCompletesIt() {
        CompletableFuture<JsonObject> answer = pending.expect("session-1", Json.createValue("s1"));
        assertTrue(pending.complete("session-1", new ResultResponse(Json.createValue("s1"),
                Json.createObjectBuilder().add("ok", true).build())));
        assertJsonEquals("""
                {"ok": true}
                """, answer.getNow(null).toString());
    }

    @Test
    void resultThatIsNotAnObjectCompletesWithAnEmptyObject() {
        CompletableFuture<JsonObject> answer = pending.expect("session-1", Json.createValue("s1"));
        pending.complete("session-1", new ResultResponse(Json.createValue("s1"), Json.createValue("pong")));
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, answer.getNow(null));
    }

    @Test
    void askingPastTheSessionsShareFailsAtOnce() {
        PendingClientRequests two = Sessions.pending(Duration.ofSeconds(60), 2);
        two.expect("greedy", Json.createValue("s1"));
        two.expect("greedy", Json.createValue("s2"));

        CompletableFuture<JsonObject> refused = two.expect("greedy", Json.createValue("s3"));

        CompletionException e = assertThrows(CompletionException.class, () -> refused.getNow(null));
        McpException cause = assertInstanceOf(McpException.class, e.getCause());
        assertEquals(-32603, cause.code());
        assertEquals("Internal error: 2 requests to this session's client are waiting for their answers,"
                + " the most allowed", cause.getMessage());
        assertFalse(two.complete("greedy", new ResultResponse(Json.createValue("s3"), JsonObject.EMPTY_JSON_OBJECT)));
        assertEquals(1, two.refused());
    }

    @Test
    void anotherSessionStillAsksPastTheFirstOnesShare() {
        PendingClientRequests two = Sessions.pending(Duration.ofSeconds(60), 2);
        two.expect("greedy", Json.createValue("s1"));
        two.expect("greedy", Json.createValue("s2"));

        CompletableFuture<JsonObject> polite = two.expect("polite", Json.createValue("s3"));

        assertFalse(polite.isDone());
    }

    @Test
    void anAnswerFreesItsPlaceInTheShare() {
        PendingClientRequests two = Sessions.pending(Duration.ofSeconds(60), 2);
        two.expect("greedy", Json.createValue("s1"));
        two.expect("greedy", Json.createValue("s2"));
        two.complete("greedy", new ResultResponse(Json.createValue("s1"), JsonObject.EMPTY_JSON_OBJECT));

        CompletableFuture<JsonObject> third = two.expect("greedy", Json.createValue("s3"));

        assertFalse(third.isDone());
        assertEquals(0, two.refused());
    }
}
