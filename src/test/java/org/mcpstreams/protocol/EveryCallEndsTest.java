package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.protocol.DispatcherTest.answer;
import static org.mcpstreams.protocol.DispatcherTest.cancelled;
import static org.mcpstreams.protocol.DispatcherTest.request;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.protocol.DispatcherTest.Answering;
import org.mcpstreams.protocol.DispatcherTest.Waiting;
import org.mcpstreams.session.Session;

/** Every request is answered, whatever its handler does: throws, returns null, fails, or ignores its cancellation. */
class EveryCallEndsTest {

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
    private final Session session = sessions.start();
    private final SentMessages out = new SentMessages();

    @Test
    void aVirtualMachineErrorThrownByTheHandlerStillGivesBackTheCallsShare() {
        CallShares one = new CallShares(() -> 1, () -> 10);
        Dispatcher full = dispatcher(one, new Answering("tools/call", params -> {
            throw new OutOfMemoryError("test");
        }));
        assertThrows(OutOfMemoryError.class, () -> full.call(session, request(1, "tools/call"), out));
        assertEquals(0, one.taken(session.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handlersThatFail")
    void aHandlerThatFailsAnyWayIsAnInternalError(String how,
            Function<JsonObject, CompletionStage<? extends JsonValue>> handler) {
        Dispatcher dispatcher = dispatcher(new Answering("tools/call", handler));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32603, "message": "Internal error"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Stream<Arguments> handlersThatFail() {
        Function<JsonObject, CompletionStage<? extends JsonValue>> throwsAnError = params -> {
            throw new Error("a handler that throws an Error");
        };
        Function<JsonObject, CompletionStage<? extends JsonValue>> returnsNull = params -> null;
        Function<JsonObject, CompletionStage<? extends JsonValue>> failsWithAnError =
                params -> CompletableFuture.failedFuture(new Error("a stage that fails"));
        Function<JsonObject, CompletionStage<? extends JsonValue>> completesWithNoJson =
                params -> (CompletionStage) CompletableFuture.completedFuture("not JSON");
        return Stream.of(Arguments.of("throws an Error", throwsAnError), Arguments.of("returns null", returnsNull),
                Arguments.of("returns a stage that fails with an Error", failsWithAnError),
                Arguments.of("returns a stage completed with something else than JSON", completesWithNoJson));
    }

    @Test
    void aCancelledCallWhoseHandlerDoesNotEndIsAnsweredWhenItsGraceIsOver() {
        List<Runnable> graceOver = new ArrayList<>();
        Dispatcher dispatcher = HandlerBeans.dispatcher(pending, sessions.store, new CallShares(() -> 8, () -> 10),
                graceOver::add, new Waiting());
        CompletableFuture<JsonRpcMessage> answer = dispatcher.call(session, request(1, "tools/call"), out)
                .toCompletableFuture();
        dispatcher.notify(session, cancelled(1));
        assertFalse(answer.isDone());
        graceOver.forEach(Runnable::run);
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32000, "message": "Request cancelled"}}
                """, answer(answer));
    }

    @Test
    void aCancelledCallWhoseHandlerEndsInTimeKeepsItsAnswer() {
        List<Runnable> graceOver = new ArrayList<>();
        Waiting handler = new Waiting();
        Dispatcher dispatcher = HandlerBeans.dispatcher(pending, sessions.store, new CallShares(() -> 8, () -> 10),
                graceOver::add, handler);
        CompletableFuture<JsonRpcMessage> answer = dispatcher.call(session, request(1, "tools/call"), out)
                .toCompletableFuture();
        dispatcher.notify(session, cancelled(1));
        handler.result.complete(Json.createValue("cancelled"));
        graceOver.forEach(Runnable::run);
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": "cancelled"}
                """, answer(answer));
    }


    private Dispatcher dispatcher(RequestHandler... handlers) {
        return dispatcher(new CallShares(() -> 8, () -> 10), handlers);
    }

    private Dispatcher dispatcher(CallShares shares, RequestHandler... handlers) {
        return HandlerBeans.dispatcher(pending, sessions.store, shares, task -> { }, handlers);
    }
}
