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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.session.Session;

/** A handler's request to the client goes on the call's stream and is answered by the client's next POST. */
class ClientRequestTest {

    private final Sessions sessions = new Sessions();
    private final Session session = sessions.start();
    private final SentMessages out = new SentMessages();

    @Test
    void requestIsSentOnTheCallsStreamWithAFreshId() {
        RequestCall call = call(Sessions.pending(Duration.ofSeconds(60)));
        call.request("roots/list", null);
        call.request("sampling/createMessage", Json.createObjectBuilder().add("maxTokens", 10).build());
        assertEquals(List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"method\":\"roots/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"s2\",\"method\":\"sampling/createMessage\",\"params\":{\"maxTokens\":10}}"),
                out.messages());
    }

    @Test
    void clientsResponseCompletesTheRequestWithItsResult() {
        PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
        CompletableFuture<JsonObject> answer = call(pending).request("roots/list", null).toCompletableFuture();
        dispatcher(pending).respond(session, new ResultResponse(Json.createValue("s1"),
                Json.createObjectBuilder().add("roots", Json.createArrayBuilder()).build()));
        assertJsonEquals("""
                {"roots": []}
                """, answer.getNow(null).toString());
    }

    @Test
    void responseWithAnotherIdLeavesTheRequestWaiting() {
        PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
        CompletableFuture<JsonObject> answer = call(pending).request("roots/list", null).toCompletableFuture();
        dispatcher(pending).respond(session, new ResultResponse(Json.createValue("s2"), JsonObject.EMPTY_JSON_OBJECT));
        assertFalse(answer.isDone());
    }

    @Test
    void responseFromAnotherSessionLeavesTheRequestWaiting() {
        PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
        CompletableFuture<JsonObject> answer = call(pending).request("roots/list", null).toCompletableFuture();
        dispatcher(pending).respond(sessions.start(), new ResultResponse(Json.createValue("s1"), JsonObject.EMPTY_JSON_OBJECT));
        assertFalse(answer.isDone());
    }

    @Test
    void clientsErrorFailsTheRequestWithItsCodeAndMessage() {
        PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
        CompletableFuture<JsonObject> answer = call(pending).request("sampling/createMessage", null).toCompletableFuture();
        dispatcher(pending).respond(session, new ErrorResponse(Json.createValue("s1"), -1, "User rejected sampling", null));
        CompletionException e = assertThrows(CompletionException.class, () -> answer.getNow(null));
        McpException cause = assertInstanceOf(McpException.class, e.getCause());
        assertEquals(-1, cause.code());
        assertEquals("User rejected sampling", cause.getMessage());
    }

    @Test
    void requestWithoutAnAnswerTimesOut() {
        CompletableFuture<JsonObject> answer = call(Sessions.pending(Duration.ofMillis(1)))
                .request("roots/list", null).toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(5, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void requestOnAClosedStreamFailsAtOnce() {
        out.close();
        CompletableFuture<JsonObject> answer = call(Sessions.pending(Duration.ofSeconds(60)))
                .request("roots/list", null).toCompletableFuture();
        CompletionException e = assertThrows(CompletionException.class, () -> answer.getNow(null));
        McpException cause = assertInstanceOf(McpException.class, e.getCause());
        assertEquals(-32603, cause.code());
        assertEquals("The call's stream is closed", cause.getMessage());
    }

    @Test
    void secondResponseToTheSameIdAnswersNothing() {
        PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
        call(pending).request("roots/list", null);
        ResultResponse response = new ResultResponse(Json.createValue("s1"), JsonObject.EMPTY_JSON_OBJECT);
        assertTrue(pending.complete(session.id(), response));
        assertFalse(pending.complete(session.id(), response));
    }

    private RequestCall call(PendingClientRequests pending) {
        return new RequestCall(session, new Request(Json.createValue(1), "tools/call", null), out, pending, null);
    }

    private Dispatcher dispatcher(PendingClientRequests pending) {
        return HandlerBeans.dispatcher(pending, sessions.store);
    }
}
