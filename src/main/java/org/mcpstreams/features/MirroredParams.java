package org.mcpstreams.features;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tool arguments a client of 2026-07-28 mirrors into {@code Mcp-Param-<name>} headers: the
 * properties of the input schema marked with {@code x-mcp-header}, checked as the revision
 * requires (an HTTP token, unique regardless of case, on a string, integer or boolean property
 * reached from the root through {@code properties} alone).
 */
final class MirroredParams {

    static final String KEYWORD = "x-mcp-header";
    static final String HEADER_PREFIX = "Mcp-Param-";
    static final MirroredParams NONE = new MirroredParams(List.of());
    private static final Set<String> TYPES = Set.of("string", "integer", "boolean");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final List<Param> params;

    private MirroredParams(List<Param> params) {
        this.params = List.copyOf(params);
    }

    /** @throws IllegalArgumentException when an {@code x-mcp-header} breaks a rule, saying which */
    static MirroredParams of(JsonObject inputSchema) {
        List<Param> found = new ArrayList<>();
        collect(inputSchema, List.of(), found);
        int reachable = found.size();
        int everywhere = count(inputSchema);
        if (everywhere > reachable) {
            throw new IllegalArgumentException(KEYWORD + " may only mark a property reached from the root through"
                    + " \"properties\" alone, not under items, oneOf, anyOf, allOf, not, if/then/else, $ref or $defs");
        }
        Set<String> names = new HashSet<>();
        for (Param param : found) {
            if (!names.add(param.header().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(KEYWORD + " \"" + param.header() + "\" is given twice");
            }
        }
        return found.isEmpty() ? NONE : new MirroredParams(found);
    }

    boolean isEmpty() {
        return params.isEmpty();
    }

    /**
     * The headers of a call with these arguments, each with the argument it mirrors; for an
     * argument left out or null, {@code JsonValue.NULL}: its header must be absent too.
     */
    Map<String, JsonValue> expected(JsonObject arguments) {
        Map<String, JsonValue> headers = new LinkedHashMap<>();
        for (Param param : params) {
            JsonValue value = arguments;
            for (String key : param.path()) {
                value = value instanceof JsonObject object ? object.get(key) : null;
            }
            headers.put(HEADER_PREFIX + param.header(), value == null ? JsonValue.NULL : value);
        }
        return headers;
    }

    private static void collect(JsonObject schema, List<String> path, List<Param> found) {
        if (!(schema.get("properties") instanceof JsonObject properties)) {
            return;
        }
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            if (!(property.getValue() instanceof JsonObject child)) {
                continue;
            }
            List<String> at = new ArrayList<>(path);
            at.add(property.getKey());
            JsonValue header = child.get(KEYWORD);
            if (header != null) {
                found.add(new Param(checkedName(header, at), List.copyOf(at)));
                checkType(child, at);
            }
            collect(child, at, found);
        }
    }

    /** Every {@code x-mcp-header} in the schema, wherever it is (property names are not keywords). */
    private static int count(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().mapToInt(MirroredParams::count).sum();
        }
        if (!(value instanceof JsonObject object)) {
            return 0;
        }
        int found = object.containsKey(KEYWORD) ? 1 : 0;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            found += member.getKey().equals("properties") && member.getValue() instanceof JsonObject properties
                    ? properties.values().stream().mapToInt(MirroredParams::count).sum()
                    : count(member.getValue());
        }
        return found;
    }

    private static String checkedName(JsonValue header, List<String> path) {
        if (!(header instanceof JsonString text) || text.getString().isEmpty()) {
            throw new IllegalArgumentException(KEYWORD + " of " + String.join(".", path) + " must be a non-empty string");
        }
        String name = text.getString();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c < 128 && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0);
            if (!token) {
                throw new IllegalArgumentException(KEYWORD + " \"" + name + "\" of " + String.join(".", path)
                        + " is not an HTTP token: it may hold letters, digits and " + TOKEN_SYMBOLS + " only");
            }
        }
        return name;
    }

    private static void checkType(JsonObject property, List<String> path) {
        JsonValue type = property.get("type");
        String name = type instanceof JsonString text ? text.getString() : null;
        if (name == null || !TYPES.contains(name)) {
            throw new IllegalArgumentException(KEYWORD + " marks " + String.join(".", path) + " of type "
                    + type + ": only string, integer and boolean properties can be mirrored");
        }
    }

    /** A header and the path of the property it mirrors. */
    private record Param(String header, List<String> path) {
    }
}
