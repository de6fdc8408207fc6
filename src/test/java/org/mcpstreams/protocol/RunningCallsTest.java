package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.session.Session;

/** The calls a node answers: which cancellation reaches which, here or on the other nodes. */
class RunningCallsTest {

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(30));
    private final List<PeerSignal> told = new ArrayList<>();
    private final List<Runnable> graces = new ArrayList<>();
    private final RunningCalls calls = new RunningCalls(Runnable::run, graces::add, new PeerSignals() {
        @Override
        public void tell(PeerSignal signal) {
            told.add(signal);
        }

        @Override
        public void takeWith(Consumer<PeerSignal> taker) {
            // nothing is heard in this test
        }
    });

    @Test
    void aClientsCancellationOfACallRunningHereCancelsItAndTellsNoOne() {
        Session session = sessions.start();
        RequestCall call = start(session, Json.createValue(7), new CompletableFuture<>(), () -> { });
        calls.cancelledByClient(session.id(), cancellation(Json.createValue(7)));
        assertTrue(call.cancelled());
        assertEquals(List.of(), told);
    }

    @Test
    void aClientsCancellationOfACallNotRunningHereIsToldToTheOtherNodesWhenItsIdCouldBeARequests() {
        calls.cancelledByClient("s", cancellation(Json.createValue(7)));
        calls.cancelledByClient("s", cancellation(Json.createValue("x".repeat(256))));
        assertEquals(List.of(new PeerSignal.Cancelled("s", Json.createValue(7)),
                new PeerSignal.Cancelled("s", Json.createValue("x".repeat(256)))), told);
    }

    @Test
    void aCancellationWithNoIdAnIdNoRequestHasOrOneTooLongIsToldToNoOne() {
        calls.cancelledByClient("s", JsonValue.EMPTY_JSON_OBJECT);
        calls.cancelledByClient("s", null);
        calls.cancelledByClient("s", cancellation(JsonValue.EMPTY_JSON_OBJECT));
        calls.cancelledByClient("s", cancellation(Json.createValue("x".repeat(257))));
        assertEquals(List.of(), told);
    }

    @Test
    void aCallAnsweredIsNoLongerCancellableAndWhatFollowsItsEndRunsOnce() {
        Session session = sessions.start();
        CompletableFuture<JsonRpcMessage> answer = new CompletableFuture<>();
        List<String> ended = new ArrayList<>();
        RequestCall call = start(session, Json.createValue(1), answer, () -> ended.add("ended"));
        answer.complete(new ResultResponse(Json.createValue(1), JsonValue.EMPTY_JSON_OBJECT));
        assertFalse(calls.cancel(session.id(), Json.createValue(1)));
        assertFalse(call.cancelled());
        assertEquals(List.of("ended"), ended);
    }

    @Test
    void theEndOfASessionCancelsItsCallsAloneAndAnswersThemWhenTheirGraceIsOver() {
        Session ending = sessions.start();
        Session other = sessions.start();
        CompletableFuture<JsonRpcMessage> answer = new CompletableFuture<>();
        RequestCall first = start(ending, Json.createValue(1), answer, () -> { });
        RequestCall second = start(other, Json.createValue(1), new CompletableFuture<>(), () -> { });
        calls.cancelSession(ending.id());
        assertTrue(first.cancelled());
        assertFalse(second.cancelled());
        assertEquals(1, graces.size());
        graces.get(0).run();
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"Request cancelled\"}}",
                answer.join().toJson());
    }

    private RequestCall start(Session session, JsonValue id, CompletableFuture<JsonRpcMessage> answer, Runnable ended) {
        RequestCall call = new RequestCall(session, new Request(id, "tools/call", null), new SentMessages(), pending, null);
        calls.start(session.id(), id, call, answer, ended);
        return call;
    }

    private static JsonObject cancellation(JsonValue requestId) {
        return Json.createObjectBuilder().add("requestId", requestId).build();
    }
}
