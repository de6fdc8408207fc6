package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.junit.jupiter.api.Test;

/** A resource template as resources/templates/list shows it. */
class ResourceTemplateDefinitionTest {

    @Test
    void everyFieldIsWritten() {
        assertJsonEquals("""
                {"uriTemplate": "a://{x}", "name": "x", "title": "X", "description": "d", "mimeType": "text/plain"}
                """, new ResourceTemplateDefinition("a://{x}", "x", "X", "d", "text/plain").toJson().toString());
    }

    @Test
    void nullAndEmptyFieldsAreLeftOut() {
        assertJsonEquals("""
                {"uriTemplate": "a://{x}", "name": "x"}
                """, new ResourceTemplateDefinition("a://{x}", "x", null, "", null).toJson().toString());
    }

    @Test
    void missingNameIsRefused() {
        assertEquals("A resource template needs a name", assertThrows(IllegalArgumentException.class,
                () -> new ResourceTemplateDefinition("a://{x}", null, null, null, null)).getMessage());
    }
}
