package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.config.McpConfig;
import org.mcpstreams.input.InputRound;
import org.mcpstreams.input.InputRounds;
import org.mcpstreams.input.RequestStates;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.testsupport.JsonText;

/**
 * What a handler asks the client through its call: {@code sample}, {@code elicit} and
 * {@code roots} name their questions when given a key, and a stateless client's open question
 * answers the request with an InputRequiredResult whether the handler blocks on it or chains it.
 */
class CallQuestionsTest {

    private static final JsonObject ALL = Json.createObjectBuilder().add("elicitation", JsonValue.EMPTY_JSON_OBJECT)
            .add("sampling", JsonValue.EMPTY_JSON_OBJECT).add("roots", JsonValue.EMPTY_JSON_OBJECT).build();
    private static final JsonObject SCHEMA = JsonText.object("""
            {"type": "object", "properties": {"name": {"type": "string"}}}
            """);
    private static final JsonObject MESSAGES = JsonText.object("""
            {"messages": [], "maxTokens": 10}
            """);

    private final Sessions sessions = new Sessions();
    private final PendingClientRequests pending = Sessions.pending(Duration.ofSeconds(60));
    private final InputRounds rounds = new InputRounds(new RequestStates(McpConfig.DEFAULTS.inputRequired(),
            Clock.systemUTC()));
    private final Session stateless = Session.stateless(null, ProtocolVersion.V2026_07_28, ALL, null, null);
    private final Request toolCall = new Request(Json.createValue(1), "tools/call", JsonText.object("""
            {"name": "greet", "arguments": {}}
            """));

    @Test
    void sampleElicitAndRootsAskAStatelessClientUnderTheKeysGiven() {
        InputRound round = rounds.begin(stateless, toolCall);
        RequestCall call = new RequestCall(stateless, toolCall, new SentMessages(), pending, round);
        call.sample("capital_question", MESSAGES);
        call.elicit("user_name", "Your name?", SCHEMA);
        call.roots("client_roots");
        assertJsonEquals("""
                {
                  "capital_question": {"method": "sampling/createMessage", "params": {"messages": [], "maxTokens": 10}},
                  "user_name": {"method": "elicitation/create", "params": {"message": "Your name?",
                      "requestedSchema": {"type": "object", "properties": {"name": {"type": "string"}}}}},
                  "client_roots": {"method": "roots/list", "params": {}}
                }
                """, rounds.inputRequired(stateless, toolCall, round).getJsonObject("inputRequests"));
    }

    @Test
    void questionsWithoutAKeyAreNumberedInTheOrderAsked() {
        InputRound round = rounds.begin(stateless, toolCall);
        RequestCall call = new RequestCall(stateless, toolCall, new SentMessages(), pending, round);
        call.roots();
        call.elicit("Your name?", SCHEMA);
        call.sample(MESSAGES);
        assertEquals(List.of("input-1", "input-2", "input-3"),
                List.copyOf(rounds.inputRequired(stateless, toolCall, round).getJsonObject("inputRequests").keySet()));
    }

    @Test
    void aKeyedQuestionToASessionsClientIsTheSameRequestOnTheCallsStream() {
        SentMessages out = new SentMessages();
        RequestCall call = new RequestCall(sessions.start(ALL), toolCall, out, pending, null);
        call.elicit("user_name", "Your name?", SCHEMA);
        call.sample("capital_question", MESSAGES);
        call.roots("client_roots");
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"method\":\"elicitation/create\",\"params\":"
                        + "{\"message\":\"Your name?\",\"requestedSchema\":" + SCHEMA + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"s2\",\"method\":\"sampling/createMessage\",\"params\":" + MESSAGES + "}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"s3\",\"method\":\"roots/list\"}"), out.messages());
    }

    @Test
    void aHandlerBlockingOnAnOpenQuestionAnswersWithTheInputRequiredResult() {
        RequestHandler blocking = new Asking(call -> {
            JsonObject answer = call.elicit("user_name", "Your name?", SCHEMA).toCompletableFuture().join();
            return CompletableFuture.completedFuture(answer);
        });
        assertJsonEquals("""
                {"user_name": {"method": "elicitation/create", "params": {"message": "Your name?",
                    "requestedSchema": {"type": "object", "properties": {"name": {"type": "string"}}}}}}
                """, inputRequests(blocking));
    }

    @Test
    void aHandlerChainingAnOpenQuestionAnswersWithTheInputRequiredResult() {
        RequestHandler chaining = new Asking(call -> call.roots("client_roots")
                .thenApply(roots -> Json.createObjectBuilder().add("roots", roots).build()));
        assertJsonEquals("""
                {"client_roots": {"method": "roots/list", "params": {}}}
                """, inputRequests(chaining));
    }

    /** The {@code inputRequests} of what {@code handler} answers the stateless tool call with. */
    private JsonObject inputRequests(RequestHandler handler) {
        Dispatcher dispatcher = HandlerBeans.dispatcher(pending, sessions.store, handler);
        JsonObject response = JsonText.object(DispatcherTest.answer(dispatcher.call(stateless, toolCall,
                new SentMessages())));
        JsonObject result = response.getJsonObject("result");
        assertEquals("input_required", result.getString("resultType"), response::toString);
        return result.getJsonObject("inputRequests");
    }

    /** Answers {@code tools/call} by asking the client as {@code asking} does. */
    private record Asking(Function<CallContext, CompletionStage<JsonObject>> asking)
            implements RequestHandler {

        @Override
        public String method() {
            return "tools/call";
        }

        @Override
        public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
            return asking.apply(call);
        }
    }
}
