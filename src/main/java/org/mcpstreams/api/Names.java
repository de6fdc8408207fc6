package org.mcpstreams.api;

import jakarta.json.JsonObjectBuilder;

/** Checks and optional fields shared by the definitions. */
final class Names {

    private Names() {
    }

    static void require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
    }

    static void addIfPresent(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.add(key, value);
        }
    }
}
