package org.mcpstreams.features;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** JSON objects written as text in tests. */
final class JsonText {

    private JsonText() {
    }

    static JsonObject object(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
