package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.junit.jupiter.api.Test;

/** Each kind of content as MCP writes it, with its type. */
class ContentTest {

    @Test
    void textIsTypeText() {
        assertJsonEquals("""
                {"type": "text", "text": "hi"}
                """, Content.text("hi").toJson().toString());
    }

    @Test
    void imageFromBytesIsBase64WithItsMimeType() {
        assertJsonEquals("""
                {"type": "image", "data": "AQID", "mimeType": "image/png"}
                """, ImageContent.of(new byte[] {1, 2, 3}, "image/png").toJson().toString());
    }

    @Test
    void audioFromBytesIsBase64WithItsMimeType() {
        assertJsonEquals("""
                {"type": "audio", "data": "AQID", "mimeType": "audio/wav"}
                """, AudioContent.of(new byte[] {1, 2, 3}, "audio/wav").toJson().toString());
    }

    @Test
    void embeddedResourceCarriesItsContents() {
        assertJsonEquals("""
                {"type": "resource", "resource": {"uri": "a://1", "mimeType": "text/plain", "text": "x"}}
                """, new EmbeddedResource(ResourceContents.text("a://1", "text/plain", "x")).toJson().toString());
    }

    @Test
    void resourceLinkWithEverything() {
        assertJsonEquals("""
                {
                    "type": "resource_link",
                    "uri": "a://1",
                    "name": "one",
                    "description": "the first",
                    "mimeType": "text/plain"
                }
                """, new ResourceLink("a://1", "one", "the first", "text/plain").toJson().toString());
    }

    @Test
    void resourceLinkLeavesOutWhatItHasNot() {
        assertJsonEquals("""
                {"type": "resource_link", "uri": "a://1", "name": "one"}
                """, new ResourceLink("a://1", "one", null, null).toJson().toString());
    }

    @Test
    void nullPartsAreRefusedByName() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> new TextContent(null)).getMessage());
        assertEquals("mimeType", assertThrows(NullPointerException.class, () -> new ImageContent("AA==", null)).getMessage());
        assertEquals("data", assertThrows(NullPointerException.class, () -> new AudioContent(null, "audio/wav")).getMessage());
        assertEquals("resource", assertThrows(NullPointerException.class, () -> new EmbeddedResource(null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> new ResourceLink("a://1", null, null, null))
                .getMessage());
    }
}
