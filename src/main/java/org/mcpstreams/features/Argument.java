package org.mcpstreams.features;

import jakarta.json.JsonObject;
import java.lang.reflect.Type;

/**
 * One named argument of a tool, prompt or template method.
 *
 * @param schema its JSON Schema, with its description
 */
record Argument(String name, Type type, JsonObject schema, boolean required) {
}
