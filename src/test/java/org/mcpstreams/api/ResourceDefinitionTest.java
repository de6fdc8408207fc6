package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.junit.jupiter.api.Test;

/** A resource as resources/list shows it. */
class ResourceDefinitionTest {

    @Test
    void everyFieldIsWritten() {
        assertJsonEquals("""
                {"uri": "a://1", "name": "one", "title": "One", "description": "d", "mimeType": "text/plain"}
                """, new ResourceDefinition("a://1", "one", "One", "d", "text/plain").toJson().toString());
    }

    @Test
    void nullAndEmptyFieldsAreLeftOut() {
        assertJsonEquals("""
                {"uri": "a://1", "name": "one"}
                """, new ResourceDefinition("a://1", "one", "", null, "").toJson().toString());
    }

    @Test
    void blankNameIsRefused() {
        assertEquals("A resource needs a name", assertThrows(IllegalArgumentException.class,
                () -> new ResourceDefinition("a://1", "", null, null, null)).getMessage());
    }

    @Test
    void missingUriIsRefused() {
        assertEquals("uri", assertThrows(NullPointerException.class,
                () -> new ResourceDefinition(null, "one", null, null, null)).getMessage());
    }
}
