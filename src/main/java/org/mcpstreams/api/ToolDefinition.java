package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A tool as {@code tools/list} shows it.
 *
 * @param title null for none
 * @param description null for none
 * @param inputSchema a JSON Schema of {@code "type": "object"}
 * @param outputSchema null for none
 * @param annotations the tool annotations ({@code readOnlyHint}, ...), null for none
 */
public record ToolDefinition(String name, String title, String description, JsonObject inputSchema,
        JsonObject outputSchema, JsonObject annotations) {

    /**
     * @throws NullPointerException when {@code name} or {@code inputSchema} is null
     * @throws IllegalArgumentException when the name is blank
     */
    public ToolDefinition {
        Names.require(name, "A tool");
        Objects.requireNonNull(inputSchema, "inputSchema");
    }

    /** A tool with a name, a description and an input schema. */
    public static ToolDefinition of(String name, String description, JsonObject inputSchema) {
        return new ToolDefinition(name, null, description, inputSchema, null, null);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("name", name);
        Names.addIfPresent(json, "title", title);
        Names.addIfPresent(json, "description", description);
        json.add("inputSchema", inputSchema);
        if (outputSchema != null) {
            json.add("outputSchema", outputSchema);
        }
        if (annotations != null) {
            json.add("annotations", annotations);
        }
        return json.build();
    }
}
