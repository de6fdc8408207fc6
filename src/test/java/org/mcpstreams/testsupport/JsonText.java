package org.mcpstreams.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JSON written as text in tests, and compared as JSON: the same members with the same values,
 * in any order, whatever the white space. Where the exact text is the contract (an SSE line on the
 * wire), tests compare the text instead.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The object {@code text} holds. */
    public static JsonObject object(String text) {
        return parse(text).asJsonObject();
    }

    /** The JSON value {@code text} holds; a text that is not JSON fails the test, naming it. */
    public static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException notJson) {
            throw new AssertionError("not JSON: " + text, notJson);
        }
    }

    /** Asserts that {@code actual} is the JSON value {@code expected} holds, members in any order. */
    public static void assertJsonEquals(String expected, String actual) {
        assertJsonEquals(expected, parse(actual));
    }

    /** Asserts that {@code actual} is the JSON value {@code expected} holds, members in any order. */
    public static void assertJsonEquals(String expected, JsonValue actual) {
        JsonValue wanted = parse(expected);
        if (!wanted.equals(actual)) {
            // compared as text with sorted members, so that the failure shows where they differ
            assertEquals(sorted(wanted), sorted(actual));
            fail("expected " + wanted + " but was " + actual);
        }
    }

    private static String sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, JsonValue> members = new TreeMap<>(object);
            return members.entrySet().stream()
                    .map(member -> Json.createValue(member.getKey()) + ":" + sorted(member.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(JsonText::sorted).collect(Collectors.joining(",", "[", "]"));
        }
        return value.toString();
    }
}
