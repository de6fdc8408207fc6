package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A prompt as prompts/list shows it, with its arguments. */
class PromptDefinitionTest {

    @Test
    void everyFieldAndEachArgumentAreWritten() {
        assertJsonEquals("""
                {
                    "name": "review",
                    "title": "Review",
                    "description": "d",
                    "arguments": [
                        {"name": "code", "description": "the code", "required": true},
                        {"name": "style", "required": false}
                    ]
                }
                """,
                new PromptDefinition("review", "Review", "d", List.of(new PromptDefinition.Argument("code", "the code", true),
                        new PromptDefinition.Argument("style", "", false))).toJson().toString());
    }

    @Test
    void promptWithoutArgumentsOrOptionalFieldsIsJustItsName() {
        assertJsonEquals("""
                {"name": "review"}
                """, new PromptDefinition("review", null, "", List.of()).toJson().toString());
    }

    @Test
    void blankNameIsRefused() {
        assertEquals("A prompt needs a name", assertThrows(IllegalArgumentException.class,
                () -> new PromptDefinition("\t", null, null, List.of())).getMessage());
    }

    @Test
    void blankArgumentNameIsRefused() {
        assertEquals("A prompt argument needs a name", assertThrows(IllegalArgumentException.class,
                () -> new PromptDefinition.Argument("", null, true)).getMessage());
    }
}
