package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Completion;
import org.mcpstreams.api.ImageContent;
import org.mcpstreams.api.PromptMessage;
import org.mcpstreams.api.PromptResult;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.TextContent;
import org.mcpstreams.api.ToolResult;

/** What the return values of annotated methods mean as MCP results. */
class ResultsTest {

    // public: JSON-B writes public records only
    public record Weather(String city, int celsius) {
    }

    @Test
    void toolReturningNothingHasNoContent() {
        assertJsonEquals("""
                {"content": []}
                """, tool(null));
    }

    @Test
    void toolStringIsOneText() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "hi"}]}
                """, tool("hi"));
    }

    @Test
    void toolContentIsTheContent() {
        assertJsonEquals("""
                {"content": [{"type": "image", "data": "AAE=", "mimeType": "image/png"}]}
                """, tool(ImageContent.of(new byte[] {0, 1}, "image/png")));
    }

    @Test
    void toolListOfContentIsAllTheContent() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}
                """, tool(List.of(new TextContent("a"), new TextContent("b"))));
    }

    @Test
    void toolResultIsSentAsItIs() {
        ToolResult result = ToolResult.error("no");
        assertSame(result, Results.tool(result));
    }

    @Test
    void toolRecordIsStructuredContentWithItsJsonAsText() {
        assertJsonEquals("""
                {
                    "content": [{"type": "text", "text": "{\\"celsius\\":21,\\"city\\":\\"Oslo\\"}"}],
                    "structuredContent": {"celsius": 21, "city": "Oslo"}
                }
                """, tool(new Weather("Oslo", 21)));
    }

    @Test
    void toolValueThatIsNotAnObjectIsOnlyText() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "[1,2]"}]}
                """, tool(List.of(1, 2)));
    }

    @Test
    void resourceStringIsTextOfTheUriRead() {
        assertJsonEquals("""
                [{"uri": "a://1", "mimeType": "text/plain", "text": "x"}]
                """, resource("x", "a://1", "text/plain"));
    }

    @Test
    void resourceBytesAreABase64Blob() {
        assertJsonEquals("""
                [{"uri": "a://1", "blob": "aGk="}]
                """, resource("hi".getBytes(StandardCharsets.UTF_8), "a://1", null));
    }

    @Test
    void resourceContentsAreSentAsTheyAre() {
        assertJsonEquals("""
                [{"uri": "b://2", "text": "y"}]
                """, resource(ResourceContents.text("b://2", null, "y"), "a://1", null));
        assertJsonEquals("""
                [{"uri": "b://2", "text": "y"}, {"uri": "c://3", "blob": "AA=="}]
                """, resource(List.of(ResourceContents.text("b://2", null, "y"),
                        ResourceContents.blob("c://3", null, new byte[] {0})), "a://1", null));
    }

    @Test
    void resourceOfAnyOtherTypeIsRefusedSayingWhatWouldDo() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Results.resource(42, "a://1", null));
        assertEquals("A resource method returned a " + Integer.class.getName()
                + ": return a String, a byte[], ResourceContents or a list of them", refused.getMessage());
    }

    @Test
    void promptStringIsOneUserMessageWithTheDescription() {
        assertJsonEquals("""
                {"description": "d", "messages": [{"role": "user", "content": {"type": "text", "text": "hi"}}]}
                """, Results.prompt("hi", "d").toJson().toString());
    }

    @Test
    void promptMessagesAreTheMessagesWithoutADescriptionWhenThereIsNone() {
        assertJsonEquals("""
                {
                    "messages": [
                        {"role": "user", "content": {"type": "text", "text": "q"}},
                        {"role": "assistant", "content": {"type": "text", "text": "a"}}
                    ]
                }
                """,
                Results.prompt(List.of(PromptMessage.user("q"), PromptMessage.assistant("a")), null).toJson().toString());
    }

    @Test
    void promptResultIsSentAsItIs() {
        PromptResult result = new PromptResult("own", List.of(PromptMessage.user("x")));
        assertSame(result, Results.prompt(result, "d"));
    }

    @Test
    void promptOfAnyOtherTypeIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Results.prompt(Map.of(), "d"));
        assertEquals("A prompt method returned a " + Map.of().getClass().getName() + ": return a String, Content,"
                + " a PromptMessage, a list of them or a PromptResult", refused.getMessage());
    }

    @Test
    void completionListIsAllTheValues() {
        assertJsonEquals("""
                {"completion": {"values": ["a", "b"], "total": 2, "hasMore": false}}
                """, Results.completion(List.of("a", "b")).toJson().toString());
    }

    @Test
    void completionIsSentAsItIs() {
        Completion completion = new Completion(List.of("a"), null, true);
        assertSame(completion, Results.completion(completion));
    }

    @Test
    void completionOfAnythingButStringsIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Results.completion(null));
        assertEquals("A completion method returned null: return a Completion or a list of strings", refused.getMessage());
    }

    private static String tool(Object value) {
        return Results.tool(value).toJson().toString();
    }

    private static String resource(Object value, String uri, String mimeType) {
        return Results.resource(value, uri, mimeType).stream().map(c -> c.toJson().toString()).toList().toString()
                .replace(", ", ",");
    }
}
