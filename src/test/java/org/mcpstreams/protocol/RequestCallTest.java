package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.Session;

/**
 * What a handler sends through its call goes on the call's stream, as progress and log
 * notifications, and its request to close the stream's connection goes to that stream.
 */
class RequestCallTest {

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
    private final SentMessages out = new SentMessages();

    @Test
    void progressIsSentWithTheRequestsStringToken() {
        RequestCall call = call(sessions.start(), meta(Json.createObjectBuilder().add("progressToken", "t1")));
        call.progress(0.5, 10.0, "halfway");
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":"
                + "{\"progressToken\":\"t1\",\"progress\":0.5,\"total\":10.0,\"message\":\"halfway\"}}"), out.messages());
    }

    @Test
    void progressIsSentWithTheRequestsNumberToken() {
        RequestCall call = call(sessions.start(), meta(Json.createObjectBuilder().add("progressToken", 7)));
        call.progress(3, null, null);
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":"
                + "{\"progressToken\":7,\"progress\":3.0}}"), out.messages());
    }

    @Test
    void progressWithoutAProgressTokenSendsNothing() {
        RequestCall call = call(sessions.start(), meta(Json.createObjectBuilder().add("other", "x")));
        call.progress(0.5, 1.0, "halfway");
        assertEquals(List.of(), out.messages());
    }

    @Test
    void progressOfARequestWithoutParamsSendsNothing() {
        RequestCall call = call(sessions.start(), null);
        call.progress(0.5, 1.0, "halfway");
        assertEquals(List.of(), out.messages());
    }

    @Test
    void logAtTheSessionsLevelIsSent() {
        RequestCall call = call(sessions.start(), null);
        call.log("info", Json.createValue("started"));
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":"
                + "{\"level\":\"info\",\"data\":\"started\"}}"), out.messages());
    }

    @Test
    void logBelowTheDefaultInfoLevelIsNotSent() {
        RequestCall call = call(sessions.start(), null);
        call.log("debug", Json.createValue("details"));
        assertEquals(List.of(), out.messages());
    }

    @Test
    void logFollowsTheLevelTheClientSet() {
        Session session = sessions.start();
        session.logLevel("error");
        RequestCall call = call(session, null);
        call.log("warning", Json.createValue("w"));
        call.log("error", Json.createValue("e"));
        call.log("critical", Json.createValue("c"));
        assertEquals(List.of(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"error\",\"data\":\"e\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"critical\",\"data\":\"c\"}}"),
                out.messages());
    }

    @Test
    void logOfATextSendsItAsAJsonString() {
        RequestCall call = call(sessions.start(), null);
        call.log("warning", "disk \"almost\" full");
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":"
                + "{\"level\":\"warning\",\"data\":\"disk \\\"almost\\\" full\"}}"), out.messages());
    }

    @Test
    void logOfATextBelowTheClientsLevelIsNotSent() {
        RequestCall call = call(sessions.start(), null);
        call.log("debug", "details");
        assertEquals(List.of(), out.messages());
    }

    @Test
    void logOfNoTextIsRefusedNamingTheMessage() {
        RequestCall call = call(sessions.start(), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> call.log("info", (String) null));
        assertEquals("message", e.getMessage());
    }

    @Test
    void closeConnectionAsksTheCallsStreamWhoseClientResumesByItself() {
        SentMessages resumable = SentMessages.resumable();
        RequestCall call = new RequestCall(sessions.start(), new Request(Json.createValue(1), "tools/call", null),
                resumable, pending, null);
        assertTrue(call.closeConnection());
        assertEquals(1, resumable.connectionCloses());
    }

    @Test
    void closeConnectionDoesNothingWhereTheClientCannotResume() {
        assertFalse(call(sessions.start(), null).closeConnection());
    }

    @Test
    void cancelRunsEachActionOnce() {
        RequestCall call = call(sessions.start(), null);
        int[] runs = {0};
        call.onCancel(() -> runs[0]++);
        call.cancel(Runnable::run);
        call.cancel(Runnable::run);
        assertEquals(1, runs[0]);
    }

    @Test
    void cancelMarksTheCallAtOnceAndHandsItsActionsToTheGivenThreads() {
        RequestCall call = call(sessions.start(), null);
        int[] runs = {0};
        call.onCancel(() -> runs[0]++);
        List<Runnable> handed = new ArrayList<>();
        call.cancel(handed::add);
        assertTrue(call.cancelled());
        assertEquals(0, runs[0]);
        handed.forEach(Runnable::run);
        assertEquals(1, runs[0]);
    }

    @Test
    void anActionBoundToItsContextRunsOnceThoughTheBindingIsNotEqualToItself() {
        RequestCall call = call(sessions.start(), null).capturingContextWith(action -> new Runnable() {
            @Override
            public void run() {
                action.run();
            }

            @Override
            public boolean equals(Object other) {
                return false;
            }

            @Override
            public int hashCode() {
                return 0;
            }
        });
        int[] runs = {0};
        call.onCancel(() -> runs[0]++);
        call.cancel(Runnable::run);
        call.cancel(Runnable::run);
        assertEquals(1, runs[0]);
    }

    @Test
    void actionThatThrowsKeepsTheOthersRunning() {
        RequestCall call = call(sessions.start(), null);
        int[] runs = {0};
        call.onCancel(() -> {
            throw new IllegalStateException("broken");
        });
        call.onCancel(() -> runs[0]++);
        call.cancel(Runnable::run);
        assertEquals(1, runs[0]);
    }

    @Test
    void actionAddedAfterTheCancelRunsAtOnce() {
        RequestCall call = call(sessions.start(), null);
        call.cancel(Runnable::run);
        int[] runs = {0};
        call.onCancel(() -> runs[0]++);
        assertEquals(1, runs[0]);
    }

    @Test
    void callIsNotCancelledUntilTheClientCancels() {
        RequestCall call = call(sessions.start(), null);
        assertFalse(call.cancelled());
        call.cancel(Runnable::run);
        assertTrue(call.cancelled());
    }

    @Test
    void callNamesItsSessionVersionAndClientCapabilities() {
        Session session = sessions.start(Json.createObjectBuilder().add("sampling", JsonObject.EMPTY_JSON_OBJECT).build());
        RequestCall call = call(session, null);
        assertEquals(session.id(), call.sessionId());
        assertEquals("2025-06-18", call.protocolVersion());
        assertJsonEquals("""
                {"sampling": {}}
                """, call.clientCapabilities().toString());
    }

    private RequestCall call(Session session, JsonObject params) {
        return new RequestCall(session, new Request(Json.createValue(1), "tools/call", params), out, pending, null);
    }

    private static JsonObject meta(JsonObjectBuilder meta) {
        return Json.createObjectBuilder().add("name", "slow").add("_meta", meta).build();
    }
}
