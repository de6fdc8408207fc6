package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.ErrorResponse;
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
}
