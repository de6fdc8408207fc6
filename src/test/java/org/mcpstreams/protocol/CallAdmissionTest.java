package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mcpstreams.protocol.DispatcherTest.answer;
import static org.mcpstreams.protocol.DispatcherTest.request;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.protocol.DispatcherTest.Answering;
import org.mcpstreams.protocol.DispatcherTest.Waiting;
import org.mcpstreams.session.Session;

/**
 * A session's calls past its share, or past the call threads' queue, are answered at once with
 * -32000; other sessions' calls still run.
 */
class CallAdmissionTest {

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
    private final Session session = sessions.start();
    private final SentMessages out = new SentMessages();

    @Test
    void aCallPastItsSessionsShareIsAnsweredAtOnceWithMinus32000() {
        CallShares one = new CallShares(() -> 1, () -> 10);
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(one, handler);
        CompletableFuture<JsonRpcMessage> first = dispatcher.call(session, request(1, "tools/call"), out)
                .toCompletableFuture();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 2, "error": {"code": -32000,
                 "message": "Too many calls: this session has 1 running or waiting; retry when one has ended"}}
                """, answer(dispatcher.call(session, request(2, "tools/call"), out)));
        assertFalse(first.isDone());
        assertEquals(1, one.refused());
    }

    @Test
    void anotherSessionsCallRunsWhileOneSessionIsAtItsShare() {
        CallShares one = new CallShares(() -> 1, () -> 10);
        Waiting handler = new Waiting();
        Dispatcher dispatcher = dispatcher(one, handler);
        dispatcher.call(session, request(1, "tools/call"), out);
        Session other = sessions.start();
        CompletableFuture<JsonRpcMessage> answer = dispatcher.call(other, request(1, "tools/call"), out)
                .toCompletableFuture();
        handler.result.complete(JsonValue.EMPTY_JSON_OBJECT);
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "result": {}}
                """, answer(answer));
    }

    @Test
    void anAnsweredCallGivesItsPlaceBack() {
        CallShares one = new CallShares(() -> 1, () -> 10);
        Dispatcher dispatcher = dispatcher(one, new Answering("tools/call", CompletableFuture::completedFuture));
        answer(dispatcher.call(session, request(1, "tools/call"), out));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 2, "result": {}}
                """, answer(dispatcher.call(session, request(2, "tools/call"), out)));
    }

    @Test
    void requestsAnsweredAtOnceTakeNoShare() {
        CallShares one = new CallShares(() -> 1, () -> 10);
        Dispatcher dispatcher = dispatcher(one, new Waiting());
        dispatcher.call(session, request(1, "tools/call"), out);
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 2, "result": {}}
                """, answer(dispatcher.call(session, request(2, "ping"), out)));
    }

    @Test
    void aCallTheCallThreadsRefuseIsServerBusyAndCounted() {
        CallShares shares = new CallShares(() -> 8, () -> 10);
        Dispatcher dispatcher = dispatcher(shares, new Answering("tools/call", params -> {
            throw new RejectedExecutionException("queue full");
        }));
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 1, "error": {"code": -32000,
                 "message": "Server busy: too many calls wait for a thread; retry later"}}
                """, answer(dispatcher.call(session, request(1, "tools/call"), out)));
        assertEquals(1, shares.refused());
        assertEquals(0, shares.taken(session.id()));
    }


    private Dispatcher dispatcher(RequestHandler... handlers) {
        return dispatcher(new CallShares(() -> 8, () -> 10), handlers);
    }

    private Dispatcher dispatcher(CallShares shares, RequestHandler... handlers) {
        return HandlerBeans.dispatcher(pending, sessions.store, shares, task -> { }, handlers);
    }
}
