package org.mcpstreams.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.InputRequiredSettings;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/** A request state opens only for the request, user and server it was sealed for, and only in time. */
class RequestStatesTest {

    private static final byte[] KEY = new byte[32];
    private static final JsonObject PARAMS = Json.createObjectBuilder().add("name", "greet")
            .add("arguments", Json.createObjectBuilder().add("a", 1).add("b", "two")).build();
    private static final Map<String, Asked> ANSWERS = Map.of("user_name", new Asked("elicitation/create",
            Json.createObjectBuilder().add("action", "accept").add("content", Json.createObjectBuilder().add("name", "Ada"))
                    .build()), "capital", Asked.open("sampling/createMessage"));

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final RequestStates states = states(Optional.of(KEY));
    private final Origin origin = Origin.of("tools/call", PARAMS, "alice");

    @Test
    void aSealedStateOpensToItsAnswers() {
        assertEquals(ANSWERS, states.open(states.seal(origin, ANSWERS), origin));
    }

    @Test
    void theSameParametersInAnotherOrderAndWithOtherMetaAreTheSameRequest() {
        JsonObject reordered = Json.createObjectBuilder()
                .add("arguments", Json.createObjectBuilder().add("b", "two").add("a", 1))
                .add("name", "greet").add("_meta", Json.createObjectBuilder().add("progressToken", 7))
                .add("inputResponses", JsonObject.EMPTY_JSON_OBJECT).add("requestState", "x").build();
        assertEquals(ANSWERS, states.open(states.seal(origin, ANSWERS), Origin.of("tools/call", reordered, "alice")));
    }

    @Test
    void aChangedPayloadIsRefused() {
        String state = states.seal(origin, ANSWERS);
        String payload = state.substring(0, state.indexOf('.'));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(payload)).replace("Ada", "Eve").getBytes());
        assertRefused(forged + state.substring(state.indexOf('.')), origin, "signature does not verify");
    }

    @Test
    void aSuffixOrAMissingSignatureIsRefused() {
        String state = states.seal(origin, ANSWERS);
        assertRefused(state + "-TAMPERED", origin, "signature does not verify");
        assertRefused(state.substring(0, state.indexOf('.')), origin, "signature does not verify");
        assertRefused("", origin, "signature does not verify");
    }

    @Test
    void aStateOfAnotherKeyIsRefusedAndOneOfTheSameKeyAccepted() {
        String state = states.seal(origin, ANSWERS);
        assertRefused(state, origin, states(Optional.empty()), "signature does not verify");
        assertEquals(ANSWERS, states(Optional.of(KEY.clone())).open(state, origin), "another instance, same key");
    }

    @Test
    void withoutAConfiguredKeyTheNodesOfAClusterSignWithTheKeyTheyAgreedOn() {
        Map<String, byte[]> agreed = new ConcurrentHashMap<>();
        SharedKeys cluster = (name, make) -> Optional.of(agreed.computeIfAbsent(name, any -> make.get()));
        InputRequiredSettings unset = new InputRequiredSettings(Optional.empty(), Duration.ofSeconds(900));
        String state = new RequestStates(unset, clock, cluster).seal(origin, ANSWERS);
        assertEquals(ANSWERS, new RequestStates(unset, clock, cluster).open(state, origin), "another node");
        assertRefused(state, origin, new RequestStates(unset, clock, SharedKeys.none()), "signature does not verify");
    }

    @Test
    void anotherMethodArgumentsOrUserIsAnotherRequest() {
        String state = states.seal(origin, ANSWERS);
        assertRefused(state, Origin.of("prompts/get", PARAMS, "alice"), "issued for another request");
        assertRefused(state, Origin.of("tools/call", Json.createObjectBuilder(PARAMS).add("name", "other").build(),
                "alice"), "issued for another request");
        assertRefused(state, Origin.of("tools/call", PARAMS, "bob"), "issued for another request");
        assertRefused(state, Origin.of("tools/call", PARAMS, null), "issued for another request");
    }

    @Test
    void aStateExpiresAfterItsTtl() {
        String state = states.seal(origin, ANSWERS);
        clock.advance(Duration.ofSeconds(899));
        assertEquals(ANSWERS, states.open(state, origin));
        clock.advance(Duration.ofSeconds(1));
        assertRefused(state, origin, "expired");
    }

    private void assertRefused(String state, Origin request, String why) {
        assertRefused(state, request, states, why);
    }

    private static void assertRefused(String state, Origin request, RequestStates by, String why) {
        McpException refused = assertThrows(McpException.class, () -> by.open(state, request));
        assertEquals(ErrorCode.INVALID_PARAMS, refused.code());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    private RequestStates states(Optional<byte[]> key) {
        return new RequestStates(new InputRequiredSettings(key, Duration.ofSeconds(900)), clock);
    }
}
