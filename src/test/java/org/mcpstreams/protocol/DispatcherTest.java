package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.Session;

/** Requests reach their handler and come back as a response or a JSON-RPC error with the request's id. */
class DispatcherTest {

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
    private final Session session = sessions.start();
    private final SentMessages out = new SentMessages();

    @Test
    void pingIsAnsweredWithAnEmptyResult() {
        Dispatcher dispatcher = dispatcher();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": {}}
                """, answer(dispatcher.call(session, request(1, "ping"), out)));
    }

    @Test
    void methodWithoutAHandlerIsMethodNotFound() {
        Dispatcher dispatcher = dispatcher();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32601, "message": "Method not found: x"}}
                """, answer(dispatcher.call(session, request(1, "x"), out)));
    }

    @Test
    void handlersResultIsTheResponseToTheSameId() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/list",
                params -> CompletableFuture.completedFuture(Json.createObjectBuilder()
                        .add("tools", JsonValue.EMPTY_JSON_ARRAY).build())));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": "a1", "result": {"tools": []}}
                """, answer(dispatcher.call(session, new Request(Json.createValue("a1"), "tools/list", null), out)));
    }

    @Test
    void handlerIsGivenTheRequestsParams() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call", CompletableFuture::completedFuture));
        JsonObject params = Json.createObjectBuilder().add("name", "echo").build();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": {"name": "echo"}}
                """, answer(dispatcher.call(session, new Request(Json.createValue(1), "tools/call", params), out)));
    }

    @Test
    void handlerOfARequestWithoutParamsIsGivenAnEmptyObject() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/list", CompletableFuture::completedFuture));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": {}}
                """, answer(dispatcher.call(session, request(1, "tools/list"), out)));
    }

    @Test
    void nullResultIsAnsweredWithAnEmptyObject() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/list", params -> CompletableFuture.completedFuture(null)));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": {}}
                """, answer(dispatcher.call(session, request(1, "tools/list"), out)));
    }

    @Test
    void handlersMcpExceptionIsAnErrorWithItsCodeAndMessage() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call",
                params -> CompletableFuture.failedFuture(new McpException(-32602, "Unknown tool: y"))));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32602, "message": "Unknown tool: y"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @Test
    void mcpExceptionThrownByTheHandlerIsAnErrorWithItsCode() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call", params -> {
            throw new McpException(-32602, "Unknown tool: y");
        }));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32602, "message": "Unknown tool: y"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @Test
    void mcpExceptionFromADependentStageKeepsItsCode() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call",
                params -> CompletableFuture.completedFuture(params).thenApply(p -> {
                    throw new McpException(-32002, "Resource not found");
                })));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32002, "message": "Resource not found"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @Test
    void otherFailureOfTheStageIsAnInternalError() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call",
                params -> CompletableFuture.failedFuture(new IllegalStateException("database down"))));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32603, "message": "Internal error"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @Test
    void otherExceptionThrownByTheHandlerIsAnInternalError() {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call", params -> {
            throw new NullPointerException("oops");
        }));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32603, "message": "Internal error"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @Test
    void anErrorThrownByTheHandlerIsAnInternalErrorButTheVirtualMachinesOwnAreNot() {
        Dispatcher linkage = dispatcher(new Answering("tools/call", params -> {
            throw new NoClassDefFoundError("com/example/Missing");
        }));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32603, "message": "Internal error"}}
                """, answer(linkage.call(session, request(1, "tools/call"), out)));
        Dispatcher deep = dispatcher(new Answering("tools/call", params -> {
            throw new StackOverflowError();
        }));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32603, "message": "Internal error"}}
                """, answer(deep.call(session, request(1, "tools/call"), out)));
        Dispatcher full = dispatcher(new Answering("tools/call", params -> {
            throw new OutOfMemoryError("test");
        }));
        assertThrows(OutOfMemoryError.class, () -> full.call(session, request(1, "tools/call"), out));
    }

    @Test
    void responseWaitsForTheHandlersStage() {
        Waiting handler = new Waiting();
        CompletableFuture<JsonRpcMessage> answer = dispatcher(handler)
                .call(session, request(1, "tools/call"), out).toCompletableFuture();
        assertFalse(answer.isDone());
        handler.result.complete(Json.createValue("done"));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": "done"}
                """, answer(answer));
    }

    @Test
    void cancelledNotificationRunsTheCallsCancelActions() {
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        int[] runs = {0};
        handler.call.onCancel(() -> runs[0]++);
        dispatcher.notify(session, cancelled(1));
        assertEquals(1, runs[0]);
    }

    @Test
    void cancelledNotificationMarksTheCallCancelled() {
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        dispatcher.notify(session, cancelled(1));
        assertTrue(handler.call.cancelled());
    }

    @Test
    void cancelledNotificationForAnotherIdCancelsNothing() {
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        dispatcher.notify(session, cancelled(2));
        assertFalse(handler.call.cancelled());
    }

    @Test
    void cancelledNotificationFromAnotherSessionCancelsNothing() {
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        dispatcher.notify(sessions.start(), cancelled(1));
        assertFalse(handler.call.cancelled());
    }

    @Test
    void cancelledNotificationAfterTheResponseCancelsNothing() {
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        handler.result.complete(JsonValue.EMPTY_JSON_OBJECT);
        dispatcher.notify(session, cancelled(1));
        assertFalse(handler.call.cancelled());
    }

    @Test
    void initializedNotificationMarksTheSessionInitialized() {
        dispatcher().notify(session, new Notification("notifications/initialized", null));
        assertTrue(session.initialized());
    }

    @Test
    void twoHandlersForOneMethodAreRefusedNamingBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> dispatcher(new ListTools(), new OtherListTools()));
        assertEquals("Two handlers answer tools/list: org.mcpstreams.protocol.DispatcherTest$ListTools and "
                + "org.mcpstreams.protocol.DispatcherTest$OtherListTools", e.getMessage());
    }

    @Test
    void methodsAreThoseOfTheHandlers() {
        assertEquals(Set.of("tools/list", "tools/call"), dispatcher(new ListTools(), new Waiting()).methods());
    }

    @Test
    void onlyRequestsWithAHandlerStream() {
        Dispatcher dispatcher = dispatcher(new ListTools());
        assertTrue(dispatcher.streams(request(1, "tools/list")));
        assertFalse(dispatcher.streams(request(2, "ping")));
    }

    @Test
    void aBuiltInHandlerThatAnswersAtOnceDoesNotStream() {
        BuiltInHandler list = new BuiltInHandler() {
            @Override
            public String method() {
                return "prompts/list";
            }

            @Override
            public boolean answersAtOnce() {
                return true;
            }

            @Override
            public CompletionStage<JsonValue> handle(JsonObject params, CallContext call) {
                return CompletableFuture.completedFuture(JsonValue.EMPTY_JSON_OBJECT);
            }
        };
        assertFalse(dispatcher(list).streams(request(1, "prompts/list")));
    }

    private Dispatcher dispatcher(RequestHandler... handlers) {
        return HandlerBeans.dispatcher(pending, sessions.store, handlers);
    }

    static Request request(int id, String method) {
        return new Request(Json.createValue(id), method, null);
    }

    static Notification cancelled(int requestId) {
        return new Notification("notifications/cancelled",
                Json.createObjectBuilder().add("requestId", requestId).add("reason", "user gave up").build());
    }

    /** The wire text of a stage's message; the stage must be complete already. */
    static String answer(CompletionStage<JsonRpcMessage> stage) {
        CompletableFuture<JsonRpcMessage> future = stage.toCompletableFuture();
        assertTrue(future.isDone(), "the response is not ready");
        return future.join().toJson();
    }

    /** Answers one method with a function of the params. */
    record Answering(String method, Function<JsonObject, CompletionStage<? extends JsonValue>> answer)
            implements RequestHandler {

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return answer.apply(params);
        }
    }

    /** Answers {@code tools/call} when the test completes {@link #result}; keeps the call's context. */
    static final class Waiting implements RequestHandler {

        final CompletableFuture<JsonValue> result = new CompletableFuture<>();
        CallContext call;

        @Override
        public String method() {
            return "tools/call";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            this.call = call;
            return result;
        }
    }

    static final class ListTools implements RequestHandler {

        @Override
        public String method() {
            return "tools/list";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return CompletableFuture.completedFuture(JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    static final class OtherListTools implements RequestHandler {

        @Override
        public String method() {
            return "tools/list";
        }

        @Override
        public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
            return CompletableFuture.completedFuture(JsonValue.EMPTY_JSON_OBJECT);
        }
    }
}
