package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What tools/call answers: content, structured content, and isError only when the tool failed. */
class ToolResultTest {

    @Test
    void textIsOneTextContentAndNotAnError() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "ok"}]}
                """, ToolResult.text("ok").toJson().toString());
    }

    @Test
    void errorIsTheMessageWithIsError() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "no such city"}], "isError": true}
                """, ToolResult.error("no such city").toJson().toString());
    }

    @Test
    void structuredContentFollowsTheContent() {
        ToolResult result = new ToolResult(List.of(Content.text("{\"n\":1}")),
                Json.createObjectBuilder().add("n", 1).build(), false);
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "{\\"n\\":1}"}], "structuredContent": {"n": 1}}
                """, result.toJson().toString());
    }

    @Test
    void ofNothingHasEmptyContent() {
        assertJsonEquals("""
                {"content": []}
                """, ToolResult.of().toJson().toString());
    }

    @Test
    void errorWithoutAMessageIsRefused() {
        assertEquals("message", assertThrows(NullPointerException.class, () -> ToolResult.error(null)).getMessage());
    }
}
