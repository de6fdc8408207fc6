package org.mcpstreams.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.TreeMap;
import org.mcpstreams.jsonrpc.Jsonp;

/** JSON text in which equal values read equal: object members sorted by name, at every depth. */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String of(JsonValue value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    private static void write(JsonValue value, StringBuilder text) {
        if (value instanceof JsonObject object) {
            text.append('{');
            String separator = "";
            for (var member : new TreeMap<>(object).entrySet()) {
                text.append(separator).append(Jsonp.createValue(member.getKey())).append(':');
                write(member.getValue(), text);
                separator = ",";
            }
            text.append('}');
        } else if (value instanceof JsonArray array) {
            text.append('[');
            String separator = "";
            for (JsonValue item : array) {
                text.append(separator);
                write(item, text);
                separator = ",";
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }
}
