package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What prompts/get answers: an optional description and the messages, each with its role. */
class PromptResultTest {

    @Test
    void messagesAreWrittenWithLowerCaseRoles() {
        PromptResult result = new PromptResult("A review", List.of(PromptMessage.user("code?"),
                PromptMessage.assistant("looks fine"), PromptMessage.user(ImageContent.of(new byte[] {0}, "image/png"))));
        assertJsonEquals("""
                {
                    "description": "A review",
                    "messages": [
                        {"role": "user", "content": {"type": "text", "text": "code?"}},
                        {"role": "assistant", "content": {"type": "text", "text": "looks fine"}},
                        {"role": "user", "content": {"type": "image", "data": "AA==", "mimeType": "image/png"}}
                    ]
                }
                """, result.toJson().toString());
    }

    @Test
    void missingDescriptionIsLeftOut() {
        assertJsonEquals("""
                {"messages": []}
                """, new PromptResult(null, List.of()).toJson().toString());
    }

    @Test
    void messageWithoutContentIsRefused() {
        assertEquals("content", assertThrows(NullPointerException.class,
                () -> new PromptMessage(PromptMessage.Role.USER, null)).getMessage());
    }
}
