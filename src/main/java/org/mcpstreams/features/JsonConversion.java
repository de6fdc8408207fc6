package org.mcpstreams.features;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.Optional;
import org.mcpstreams.jsonrpc.Jsonp;

/** Turns JSON arguments into Java values and Java results into JSON, with JSON-B. */
final class JsonConversion {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonConversion() {
    }

    /**
     * {@code value} as a {@code type}; a string is also read as the number or boolean it spells,
     * since URI template variables and prompt arguments are strings.
     *
     * @throws InvalidArguments when it does not fit
     */
    static Object toJava(String name, JsonValue value, Type type) {
        Class<?> raw = JsonSchemas.raw(type);
        if (raw == Optional.class) {
            return Optional.ofNullable(toJava(name, value, JsonSchemas.typeArgument(type, 0)));
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (!raw.isInstance(value)) {
                throw new InvalidArguments(name + " must be " + JsonSchemas.of(type).getString("type", "JSON"));
            }
            return value;
        }
        if (raw == String.class && value instanceof JsonString text) {
            return text.getString();
        }
        try {
            String json = value instanceof JsonString text && spellable(raw) ? text.getString() : value.toString();
            return JSONB.fromJson(json, type);
        } catch (JsonbException | ClassCastException e) {
            throw new InvalidArguments(name + " must be " + describe(type) + ", not " + value);
        }
    }

    /** Whether a string may spell a value of the type: a number or a boolean, unquoted. */
    private static boolean spellable(Class<?> raw) {
        return raw.isPrimitive() && raw != char.class || raw == Boolean.class || Number.class.isAssignableFrom(raw);
    }

    /** The JSON of any Java value. */
    static JsonValue toJson(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return Jsonp.createValue(text);
        }
        try (var reader = Jsonp.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readValue();
        }
    }

    /** Whether a JSON value is absent: missing or {@code null}. */
    static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String describe(Type type) {
        JsonObject schema = JsonSchemas.of(type);
        if (schema.containsKey("enum")) {
            return "one of " + schema.get("enum");
        }
        return schema.containsKey("type") ? "of type " + schema.getString("type") : "a " + type.getTypeName();
    }

    /** A primitive's zero: what an absent optional primitive parameter gets. */
    static Object zero(Class<?> primitive) {
        return Array.get(Array.newInstance(primitive, 1), 0);
    }
}
