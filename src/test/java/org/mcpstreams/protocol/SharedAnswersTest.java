package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.ResultResponse;

/** On a node of a cluster, request ids carry the node's tag, and answers travel to the node that waits for them. */
class SharedAnswersTest {

    private final OtherNodes others = new OtherNodes();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60), others);

    @Test
    void requestIdsCarryTheNodesTag() {
        assertEquals("\"sn1-1\"", pending.nextId().toString());
        assertEquals("\"sn1-2\"", pending.nextId().toString());
    }

    @Test
    void anAnswerNoRequestHereWaitsForIsOfferedToTheOtherNodes() {
        assertFalse(pending.complete("session-1", new ResultResponse(Json.createValue("sn2-1"), JsonObject.EMPTY_JSON_OBJECT)));
        assertTrue(pending.share("session-1", new ResultResponse(Json.createValue("sn2-1"), JsonObject.EMPTY_JSON_OBJECT)));
        assertEquals(List.of("session-1 {\"jsonrpc\":\"2.0\",\"id\":\"sn2-1\",\"result\":{}}"), others.offered);
    }

    @Test
    void anAnswerAnotherNodeOffersCompletesTheRequestWaitingHere() {
        CompletableFuture<JsonObject> answer = pending.expect("session-1", pending.nextId());
        others.taker.accept("session-1", "{\"jsonrpc\":\"2.0\",\"id\":\"sn1-1\",\"result\":{\"roots\":[]}}");
        assertEquals("{\"roots\":[]}", answer.getNow(null).toString());
    }

    @Test
    void anOfferedAnswerForAnotherSessionOrIdOrUnreadableCompletesNothing() {
        CompletableFuture<JsonObject> answer = pending.expect("session-1", pending.nextId());
        others.taker.accept("session-2", "{\"jsonrpc\":\"2.0\",\"id\":\"sn1-1\",\"result\":{}}");
        others.taker.accept("session-1", "{\"jsonrpc\":\"2.0\",\"id\":\"sn2-1\",\"result\":{}}");
        others.taker.accept("session-1", "not JSON");
        assertFalse(answer.isDone());
    }

    /** The other nodes of a cluster as this node sees them: they record what is offered, and offer through the taker. */
    private static final class OtherNodes implements AnswerSharing {

        final List<String> offered = new ArrayList<>();
        BiConsumer<String, String> taker;

        @Override
        public String idTag() {
            return "n1-";
        }

        @Override
        public boolean share(String sessionId, String answer) {
            offered.add(sessionId + " " + answer);
            return true;
        }

        @Override
        public void takeWith(BiConsumer<String, String> taker) {
            this.taker = taker;
        }
    }
}
