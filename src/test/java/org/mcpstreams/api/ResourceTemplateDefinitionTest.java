package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A resource template as resources/templates/list shows it. */
class ResourceTemplateDefinitionTest {

    @Test
    void everyFieldIsWritten() {
        assertEquals("{\"uriTemplate\":\"a://{x}\",\"name\":\"x\",\"title\":\"X\",\"description\":\"d\","
                + "\"mimeType\":\"text/plain\"}",
                new ResourceTemplateDefinition("a://{x}", "x", "X", "d", "text/plain").toJson().toString());
    }

    @Test
    void nullAndEmptyFieldsAreLeftOut() {
        assertEquals("{\"uriTemplate\":\"a://{x}\",\"name\":\"x\"}",
                new ResourceTemplateDefinition("a://{x}", "x", null, "", null).toJson().toString());
    }

    @Test
    void missingNameIsRefused() {
        assertEquals("A resource template needs a name", assertThrows(IllegalArgumentException.class,
                () -> new ResourceTemplateDefinition("a://{x}", null, null, null, null)).getMessage());
    }
}
