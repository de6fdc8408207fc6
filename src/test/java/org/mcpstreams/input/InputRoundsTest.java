package org.mcpstreams.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.InputRequiredException;
import org.mcpstreams.config.InputRequiredSettings;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;

/**
 * Rounds of a stateless request: open questions end in an InputRequiredResult; a retry with the
 * answers and the request state runs through the questions already answered, up to the next.
 */
class InputRoundsTest {

    private static final JsonObject ALL = Json.createObjectBuilder().add("elicitation", JsonValue.EMPTY_JSON_OBJECT)
            .add("sampling", JsonValue.EMPTY_JSON_OBJECT).add("roots", JsonValue.EMPTY_JSON_OBJECT).build();

    private final InputRounds rounds = new InputRounds(new RequestStates(
            new InputRequiredSettings(Optional.empty(), Duration.ofMinutes(15)), AdjustableClock.frozen()));
    private final Session client = stateless(ALL);

    @Test
    void aQuestionNotAnsweredFailsItsStageAndIsAsked() {
        Request call = call(null, null);
        InputRound round = rounds.begin(client, call);
        assertInstanceOf(InputRequiredException.class, failure(ask(round, "user_name")));
        assertTrue(round.open());
        JsonObject result = rounds.inputRequired(client, call, round);
        assertEquals("input_required", result.getString("resultType"));
        assertEquals(question("user_name"), result.getJsonObject("inputRequests").getJsonObject("user_name"));
        assertFalse(result.getString("requestState").isEmpty());
    }

    @Test
    void threeRoundsCarryEarlierAnswersInTheState() {
        Request first = call(null, null);
        InputRound one = rounds.begin(client, first);
        ask(one, "step1");
        String state = rounds.inputRequired(client, first, one).getString("requestState");

        Request second = call(answers("step1", "Ada"), Json.createValue(state));
        InputRound two = rounds.begin(client, second);
        assertEquals(accepted("Ada"), ask(two, "step1").toCompletableFuture().join());
        ask(two, "step2");
        JsonObject asked = rounds.inputRequired(client, second, two);
        assertEquals(Set.of("step2"), asked.getJsonObject("inputRequests").keySet());

        InputRound three = rounds.begin(client,
                call(answers("step2", "blue"), Json.createValue(asked.getString("requestState"))));
        assertEquals(accepted("Ada"), ask(three, "step1").toCompletableFuture().join());
        assertEquals(accepted("blue"), ask(three, "step2").toCompletableFuture().join());
        assertFalse(three.open());
    }

    @Test
    void unnamedQuestionsAreNumberedInTheOrderAsked() {
        Request call = call(null, null);
        InputRound round = rounds.begin(client, call);
        ask(round, null);
        round.ask(null, "roots/list", null);
        JsonObject asked = rounds.inputRequired(client, call, round);
        assertEquals(List.of("input-1", "input-2"), List.copyOf(asked.getJsonObject("inputRequests").keySet()));
        InputRound retry = rounds.begin(client, call(answers("input-1", "Ada"), state(asked)));
        assertEquals(accepted("Ada"), ask(retry, null).toCompletableFuture().join());
    }

    @Test
    void aQuestionTheClientCannotAnswerIsMinus32021AndNotAsked() {
        Session samplingOnly = stateless(Json.createObjectBuilder().add("sampling", JsonValue.EMPTY_JSON_OBJECT).build());
        InputRound round = rounds.begin(samplingOnly, call(null, null));
        McpException missing = assertInstanceOf(McpException.class, failure(ask(round, "user_name")));
        assertEquals(ErrorCode.MISSING_CLIENT_CAPABILITY, missing.code());
        assertJsonEquals("""
                {"requiredCapabilities": {"elicitation": {}}}
                """, missing.data().toString());
        assertFalse(round.open());
    }

    @Test
    void onlyElicitationSamplingAndRootsCanBeAsked() {
        InputRound round = rounds.begin(client, call(null, null));
        McpException refused = assertInstanceOf(McpException.class, failure(round.ask("p", "ping", null)));
        assertEquals(ErrorCode.INTERNAL_ERROR, refused.code());
        assertFalse(round.open());
    }

    @Test
    void answersToQuestionsNotAskedAreIgnoredAndNotCarried() {
        Request first = call(null, null);
        InputRound one = rounds.begin(client, first);
        ask(one, "user_name");
        Request second = call(Json.createObjectBuilder(answers("user_name", "Ada")).add("unrelated",
                accepted("Eve")).build(), state(rounds.inputRequired(client, first, one)));
        InputRound two = rounds.begin(client, second);
        assertEquals(accepted("Ada"), ask(two, "user_name").toCompletableFuture().join());
        assertInstanceOf(InputRequiredException.class, failure(ask(two, "unrelated")));
        ask(two, "next");
        InputRound three = rounds.begin(client, call(null, state(rounds.inputRequired(client, second, two))));
        assertEquals(accepted("Ada"), ask(three, "user_name").toCompletableFuture().join());
        assertInstanceOf(InputRequiredException.class, failure(ask(three, "unrelated")));
    }

    @Test
    void withoutARequestStateEveryAnswerCountsForWhateverItsKeyAsks() {
        InputRound round = rounds.begin(client, call(answers("user_name", "Ada"), null));
        assertEquals(accepted("Ada"), ask(round, "user_name").toCompletableFuture().join());
        assertFalse(round.open());
    }

    @Test
    void aRetryCannotReplaceAnAnswerTheStateCarries() {
        Request first = call(null, null);
        InputRound one = rounds.begin(client, first);
        ask(one, "user_name");
        Request second = call(answers("user_name", "Ada"), state(rounds.inputRequired(client, first, one)));
        InputRound two = rounds.begin(client, second);
        ask(two, "user_name");
        ask(two, "next");
        InputRound three = rounds.begin(client, call(answers("user_name", "Eve"),
                state(rounds.inputRequired(client, second, two))));
        assertEquals(accepted("Ada"), ask(three, "user_name").toCompletableFuture().join());
    }

    @Test
    void anAnswerToAnotherKindOfQuestionUnderTheSameKeyIsAskedAgain() {
        Request first = call(null, null);
        InputRound one = rounds.begin(client, first);
        ask(one, "input-1");
        InputRound two = rounds.begin(client, call(answers("input-1", "Ada"),
                state(rounds.inputRequired(client, first, one))));
        assertInstanceOf(InputRequiredException.class, failure(two.ask("input-1", "sampling/createMessage",
                JsonValue.EMPTY_JSON_OBJECT)));
        assertTrue(two.open());
    }

    @Test
    void inputResponsesMustBeAnObjectOfObjects() {
        assertInvalid(call(JsonValue.NULL, null), "inputResponses must be an object");
        assertInvalid(call(Json.createObjectBuilder().add("user_name", 12345).build(), null),
                "inputResponses.user_name must be an object");
        assertInvalid(call(null, Json.createValue(5)), "requestState must be a string");
        assertInvalid(call(null, Json.createValue("forged")), "requestState refused");
    }

    @Test
    void onlyToolsPromptsAndResourceReadsAsk() {
        assertNull(rounds.begin(client, new Request(Json.createValue(1), "tools/list", JsonValue.EMPTY_JSON_OBJECT)));
        assertNull(rounds.begin(client, new Request(Json.createValue(1), "completion/complete", null)));
    }

    private void assertInvalid(Request call, String why) {
        McpException invalid = assertThrows(McpException.class, () -> rounds.begin(client, call));
        assertEquals(ErrorCode.INVALID_PARAMS, invalid.code());
        assertTrue(invalid.getMessage().contains(why), invalid.getMessage());
    }

    private static Session stateless(JsonObject capabilities) {
        return Session.stateless(null, ProtocolVersion.V2026_07_28, capabilities, null, null);
    }

    private static CompletionStage<JsonObject> ask(InputRound round, String key) {
        return round.ask(key, "elicitation/create", Json.createObjectBuilder().add("message", "?").build());
    }

    private static JsonObject question(String key) {
        return Json.createObjectBuilder().add("method", "elicitation/create")
                .add("params", Json.createObjectBuilder().add("message", "?")).build();
    }

    private static Throwable failure(CompletionStage<?> stage) {
        CompletionException failed = assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
        return failed.getCause();
    }

    private static JsonObject accepted(String name) {
        return Json.createObjectBuilder().add("action", "accept")
                .add("content", Json.createObjectBuilder().add("name", name)).build();
    }

    private static JsonValue state(JsonObject inputRequired) {
        return Json.createValue(inputRequired.getString("requestState"));
    }

    private static JsonObject answers(String key, String name) {
        return Json.createObjectBuilder().add(key, accepted(name)).build();
    }

    /** A tools/call of the same tool, with the given inputResponses and requestState (null: none). */
    private static Request call(JsonValue inputResponses, JsonValue requestState) {
        JsonObjectBuilder params = Json.createObjectBuilder().add("name", "greet");
        if (inputResponses != null) {
            params.add("inputResponses", inputResponses);
        }
        if (requestState != null) {
            params.add("requestState", requestState);
        }
        return new Request(Json.createValue(1), "tools/call", params.build());
    }
}
