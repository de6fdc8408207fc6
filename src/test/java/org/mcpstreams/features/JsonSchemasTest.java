package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;

/** The JSON Schema 2020-12 of Java types, as tools/list shows it. */
class JsonSchemasTest {

    enum Color { RED, GREEN }

    record Point(int x, int y) {
    }

    record Person(@Arg(description = "full name") String name, Optional<Integer> age,
            @Arg(required = false) String nickname) {
    }

    record Line(Point from, Point to) {
    }

    record Node(String label, List<Node> children) {
    }

    @SuppressWarnings("unused")
    private static final class Generic {
        List<String> list;
        Set<Integer> set;
        String[] array;
        List<Point>[] arrayOfLists;
        Map<String, Boolean> map;
        Optional<Long> optional;
    }

    @Test
    void primitivesAndTheirBoxesAreIntegerNumberBooleanOrString() {
        assertJsonEquals("""
                {"type": "integer"}
                """, schema(int.class));
        assertJsonEquals("""
                {"type": "integer"}
                """, schema(Long.class));
        assertJsonEquals("""
                {"type": "number"}
                """, schema(double.class));
        assertJsonEquals("""
                {"type": "number"}
                """, schema(BigDecimal.class));
        assertJsonEquals("""
                {"type": "boolean"}
                """, schema(Boolean.class));
        assertJsonEquals("""
                {"type": "string"}
                """, schema(char.class));
    }

    @Test
    void stringIsAString() {
        assertJsonEquals("""
                {"type": "string"}
                """, schema(String.class));
    }

    @Test
    void enumIsAStringOfItsConstantNames() {
        assertJsonEquals("""
                {"type": "string", "enum": ["RED", "GREEN"]}
                """, schema(Color.class));
    }

    @Test
    void recordIsAnObjectOfItsComponentsAllRequired() {
        assertJsonEquals("""
                {
                    "type": "object",
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                    "required": ["x", "y"]
                }
                """, schema(Point.class));
    }

    @Test
    void recordComponentsThatAreOptionalOrNotRequiredAreLeftOutOfRequiredAndArgDescribesThem() {
        assertJsonEquals("""
                {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "description": "full name"},
                        "age": {"type": "integer"},
                        "nickname": {"type": "string"}
                    },
                    "required": ["name"]
                }
                """, schema(Person.class));
    }

    @Test
    void nestedRecordsAreNestedObjects() {
        String point = """
                {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}, "required": ["x", "y"]}
                """;
        assertJsonEquals("""
                {"type": "object", "properties": {"from": %s, "to": %s}, "required": ["from", "to"]}
                """.formatted(point, point), schema(Line.class));
    }

    @Test
    void recursiveRecordStopsAtAnObjectWithoutProperties() {
        assertJsonEquals("""
                {
                    "type": "object",
                    "properties": {
                        "label": {"type": "string"},
                        "children": {"type": "array", "items": {"type": "object"}}
                    },
                    "required": ["label", "children"]
                }
                """, schema(Node.class));
    }

    @Test
    void listIsAnArrayOfItsElements() {
        assertJsonEquals("""
                {"type": "array", "items": {"type": "string"}}
                """, schema(field("list")));
    }

    @Test
    void setIsAnArrayOfUniqueItems() {
        assertJsonEquals("""
                {"type": "array", "items": {"type": "integer"}, "uniqueItems": true}
                """, schema(field("set")));
    }

    @Test
    void javaArraysAreArraysIncludingGenericOnes() {
        assertJsonEquals("""
                {"type": "array", "items": {"type": "string"}}
                """, schema(field("array")));
        assertJsonEquals("""
                {"type": "array", "items": {"type": "array", "items": %s}}
                """.formatted(schema(Point.class)), schema(field("arrayOfLists")));
    }

    @Test
    void stringKeyedMapIsAnObjectOfAdditionalProperties() {
        assertJsonEquals("""
                {"type": "object", "additionalProperties": {"type": "boolean"}}
                """, schema(field("map")));
    }

    @Test
    void optionalIsTheSchemaOfItsValue() {
        assertJsonEquals("""
                {"type": "integer"}
                """, schema(field("optional")));
    }

    @Test
    void jsonValuesAreObjectArrayOrAnything() {
        assertJsonEquals("""
                {"type": "object"}
                """, schema(JsonObject.class));
        assertJsonEquals("""
                {"type": "array"}
                """, schema(JsonArray.class));
        assertEquals("{}", schema(JsonValue.class));
    }

    @Test
    void uriUuidDateAndInstantAreStringsWithTheirFormat() {
        assertJsonEquals("""
                {"type": "string", "format": "uri"}
                """, schema(URI.class));
        assertJsonEquals("""
                {"type": "string", "format": "uuid"}
                """, schema(UUID.class));
        assertJsonEquals("""
                {"type": "string", "format": "date"}
                """, schema(LocalDate.class));
        assertJsonEquals("""
                {"type": "string", "format": "date-time"}
                """, schema(Instant.class));
    }

    @Test
    void anyOtherClassIsAnObjectWithoutProperties() {
        assertJsonEquals("""
                {"type": "object"}
                """, schema(StringBuilder.class));
    }

    private static String schema(Type type) {
        return JsonSchemas.of(type).toString();
    }

    private static Type field(String name) {
        try {
            return Generic.class.getDeclaredField(name).getGenericType();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
