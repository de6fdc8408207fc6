package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** A tool as tools/list shows it. */
class ToolDefinitionTest {

    private static final JsonObject OBJECT = Json.createObjectBuilder().add("type", "object").build();

    @Test
    void everyFieldIsWritten() {
        assertJsonEquals("""
                {
                    "name": "add",
                    "title": "Add",
                    "description": "Adds",
                    "inputSchema": {"type": "object"},
                    "outputSchema": {"type": "object"},
                    "annotations": {"readOnlyHint": true}
                }
                """, new ToolDefinition("add", "Add", "Adds", OBJECT, OBJECT,
                        Json.createObjectBuilder().add("readOnlyHint", true).build()).toJson().toString());
    }

    @Test
    void nullAndEmptyFieldsAreLeftOut() {
        assertJsonEquals("""
                {"name": "add", "inputSchema": {"type": "object"}}
                """, new ToolDefinition("add", "", null, OBJECT, null, null).toJson().toString());
    }

    @Test
    void missingInputSchemaIsRefused() {
        assertEquals("inputSchema", assertThrows(NullPointerException.class,
                () -> ToolDefinition.of("add", null, null)).getMessage());
    }

    @Test
    void blankNameIsRefused() {
        assertEquals("A tool needs a name", assertThrows(IllegalArgumentException.class,
                () -> ToolDefinition.of(" ", null, JsonValue.EMPTY_JSON_OBJECT)).getMessage());
    }
}
