package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonObject;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.testsupport.JsonText;

/** How a method's parameters become named arguments, and how a call's arguments fill them. */
class ParametersTest {

    public enum Color { RED, GREEN }

    // public: JSON-B reads and writes public records only
    public record Point(int x, int y) {
    }

    @SuppressWarnings("unused")
    static final class Methods {
        void add(int a, @Arg(name = "second", description = "the second") int b) {
        }

        void optional(Optional<String> note, @Arg(required = false) int count, @Arg(required = false) String text) {
        }

        void withCall(CallContext call, String text) {
        }

        void typed(Color color, Point point, List<Integer> numbers) {
        }

        void formatted(LocalDate day, UUID id) {
        }

        void whole(JsonObject arguments, CallContext call) {
        }
    }

    private final CallContext call = new FakeCall("s1");

    @Test
    void argumentsAreNamedByTheirParameterOrByArg() {
        assertEquals(List.of("a", "second"), names(parameters("add")));
    }

    @Test
    void argDescriptionIsAddedToTheArgumentsSchema() {
        assertJsonEquals("""
                {"type": "integer", "description": "the second"}
                """, parameters("add").arguments().get(1).schema().toString());
    }

    @Test
    void plainParametersAreRequired() {
        assertEquals(List.of(true, true), required(parameters("add")));
    }

    @Test
    void optionalParametersAndThoseArgSaysAreNotRequiredAreOptional() {
        assertEquals(List.of(false, false, false), required(parameters("optional")));
    }

    @Test
    void callContextParameterIsNotAnArgument() {
        assertEquals(List.of("text"), names(parameters("withCall")));
    }

    @Test
    void callContextParameterIsBoundToTheCall() {
        Object[] bound = parameters("withCall").bind(json("{\"text\":\"hi\"}"), call);
        assertSame(call, bound[0]);
        assertEquals("hi", bound[1]);
    }

    @Test
    void intIsBoundFromAJsonNumber() {
        assertArrayEquals(new Object[] {1, 2}, parameters("add").bind(json("{\"a\":1,\"second\":2}"), call));
    }

    @Test
    void intIsBoundFromAJsonStringThatSpellsIt() {
        assertArrayEquals(new Object[] {42, 2}, parameters("add").bind(json("{\"a\":\"42\",\"second\":2}"), call));
    }

    @Test
    void enumRecordAndListAreBoundFromTheirJson() {
        Object[] bound = parameters("typed").bind(
                json("{\"color\":\"GREEN\",\"point\":{\"x\":1,\"y\":2},\"numbers\":[3,4]}"), call);
        assertArrayEquals(new Object[] {Color.GREEN, new Point(1, 2), List.of(3, 4)}, bound);
    }

    @Test
    void stringFormattedTypesAreBoundFromJsonStrings() {
        Object[] bound = parameters("formatted").bind(
                json("{\"day\":\"2024-05-06\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\"}"), call);
        assertArrayEquals(new Object[] {LocalDate.of(2024, 5, 6),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000")}, bound);
    }

    @Test
    void missingRequiredArgumentIsInvalid() {
        InvalidArguments invalid = assertThrows(InvalidArguments.class,
                () -> parameters("add").bind(json("{\"a\":1}"), call));
        assertEquals("Invalid arguments: missing required argument second", invalid.getMessage());
    }

    @Test
    void nullRequiredArgumentCountsAsMissing() {
        InvalidArguments invalid = assertThrows(InvalidArguments.class,
                () -> parameters("add").bind(json("{\"a\":null,\"second\":1}"), call));
        assertEquals("Invalid arguments: missing required argument a", invalid.getMessage());
    }

    @Test
    void argumentOfTheWrongTypeIsInvalid() {
        InvalidArguments invalid = assertThrows(InvalidArguments.class,
                () -> parameters("add").bind(json("{\"a\":\"abc\",\"second\":1}"), call));
        assertEquals("Invalid arguments: a must be of type integer, not \"abc\"", invalid.getMessage());
    }

    @Test
    void unknownEnumConstantIsInvalidNamingTheConstants() {
        InvalidArguments invalid = assertThrows(InvalidArguments.class, () -> parameters("typed").bind(
                json("{\"color\":\"BLUE\",\"point\":{\"x\":1,\"y\":2},\"numbers\":[]}"), call));
        assertEquals("Invalid arguments: color must be one of [\"RED\",\"GREEN\"], not \"BLUE\"", invalid.getMessage());
    }

    @Test
    void absentOptionalArgumentsAreEmptyZeroOrNull() {
        assertArrayEquals(new Object[] {Optional.empty(), 0, null}, parameters("optional").bind(json("{}"), call));
    }

    @Test
    void presentOptionalArgumentIsWrapped() {
        assertEquals(Optional.of("n"), parameters("optional").bind(json("{\"note\":\"n\"}"), call)[0]);
    }

    @Test
    void jsonObjectParameterTakesAllArgumentsWhenAsked() {
        JsonObject arguments = json("{\"anything\":[1]}");
        Parameters parameters = Parameters.of(method("whole"), true);
        assertEquals(List.of(), parameters.arguments());
        assertArrayEquals(new Object[] {arguments, call}, parameters.bind(arguments, call));
    }

    private static Parameters parameters(String name) {
        return Parameters.of(method(name), false);
    }

    private static Method method(String name) {
        return Arrays.stream(Methods.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> names(Parameters parameters) {
        return parameters.arguments().stream().map(Argument::name).toList();
    }

    private static List<Boolean> required(Parameters parameters) {
        return parameters.arguments().stream().map(Argument::required).toList();
    }

    private static JsonObject json(String text) {
        return JsonText.object(text);
    }
}
