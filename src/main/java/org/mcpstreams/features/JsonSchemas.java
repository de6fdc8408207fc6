package org.mcpstreams.features;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mcpstreams.api.Arg;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * JSON Schema 2020-12 of Java types, as JSON-B reads and writes them: primitives and their boxes,
 * strings, enums, records, collections, arrays, string-keyed maps, {@code Optional} and JSON-P
 * values. Any other class is an object without described properties.
 */
final class JsonSchemas {

    private static final JsonObject ANY = JsonValue.EMPTY_JSON_OBJECT;

    private JsonSchemas() {
    }

    /** The schema of values of {@code type}. */
    static JsonObject of(Type type) {
        return of(type, new HashSet<>());
    }

    /** Whether a value of {@code type} may be left out: an {@code Optional}. */
    static boolean optional(Type type) {
        return raw(type) == Optional.class;
    }

    /** The schema of an object whose properties are the given arguments. */
    static JsonObject object(Collection<Argument> arguments) {
        JsonObjectBuilder properties = Jsonp.createObjectBuilder();
        JsonArrayBuilder required = Jsonp.createArrayBuilder();
        for (Argument argument : arguments) {
            properties.add(argument.name(), argument.schema());
            if (argument.required()) {
                required.add(argument.name());
            }
        }
        JsonArray names = required.build();
        JsonObjectBuilder schema = Jsonp.createObjectBuilder().add("type", "object").add("properties", properties);
        return (names.isEmpty() ? schema : schema.add("required", names)).build();
    }

    private static JsonObject of(Type type, Set<Type> enclosing) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return of(typeArgument(type, 0), enclosing);
        }
        JsonObject simple = simple(raw);
        if (simple != null) {
            return simple;
        }
        if (raw.isEnum()) {
            JsonArrayBuilder names = Jsonp.createArrayBuilder();
            for (Object constant : raw.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return Jsonp.createObjectBuilder().add("type", "string").add("enum", names).build();
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type items = raw.isArray() ? elementOfArray(type) : typeArgument(type, 0);
            JsonObjectBuilder array = Jsonp.createObjectBuilder().add("type", "array").add("items", of(items, enclosing));
            return (Set.class.isAssignableFrom(raw) ? array.add("uniqueItems", true) : array).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Jsonp.createObjectBuilder().add("type", "object")
                    .add("additionalProperties", of(typeArgument(type, 1), enclosing)).build();
        }
        if (raw.isRecord() && enclosing.add(raw)) {
            JsonObject record = object(components(raw, enclosing));
            enclosing.remove(raw);
            return record;
        }
        return Jsonp.createObjectBuilder().add("type", "object").build();
    }

    private static JsonObject simple(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return type("string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean");
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == Integer.class
                || raw == Long.class || raw == Short.class || raw == Byte.class || raw == BigInteger.class) {
            return type("integer");
        }
        if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class) {
            return type("number");
        }
        if (raw == URI.class || raw == UUID.class || raw == LocalDate.class || raw == Instant.class
                || raw == OffsetDateTime.class) {
            return Jsonp.createObjectBuilder().add("type", "string").add("format", format(raw)).build();
        }
        if (raw == JsonObject.class) {
            return type("object");
        }
        if (raw == JsonArray.class) {
            return type("array");
        }
        return JsonValue.class.isAssignableFrom(raw) || raw == Object.class ? ANY : null;
    }

    private static String format(Class<?> raw) {
        if (raw == URI.class) {
            return "uri";
        }
        if (raw == UUID.class) {
            return "uuid";
        }
        return raw == LocalDate.class ? "date" : "date-time";
    }

    private static List<Argument> components(Class<?> record, Set<Type> enclosing) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters = canonicalParameters(record, components);
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Type type = components[i].getGenericType();
            Arg arg = parameters == null ? null : parameters[i].getAnnotation(Arg.class);
            arguments.add(new Argument(components[i].getName(), type,
                    describe(of(type, enclosing), arg == null ? "" : arg.description()),
                    !optional(type) && (arg == null || arg.required())));
        }
        return arguments;
    }

    /** The schema with a description added, unless it is empty. */
    static JsonObject describe(JsonObject schema, String description) {
        return description.isEmpty() ? schema
                : Jsonp.createObjectBuilder(schema).add("description", description).build();
    }

    private static Parameter[] canonicalParameters(Class<?> record, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return record.getDeclaredConstructor(types).getParameters();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static JsonObject type(String name) {
        return Jsonp.createObjectBuilder().add("type", name).build();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType array) {
            return Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type elementOfArray(Type type) {
        return type instanceof GenericArrayType array ? array.getGenericComponentType()
                : ((Class<?>) type).getComponentType();
    }
}
