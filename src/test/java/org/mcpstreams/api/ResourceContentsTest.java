package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.junit.jupiter.api.Test;

/** What resources/read returns for one URI: text or a blob, never both. */
class ResourceContentsTest {

    @Test
    void textWithItsMimeType() {
        assertJsonEquals("""
                {"uri": "a://1", "mimeType": "text/plain", "text": "x"}
                """, ResourceContents.text("a://1", "text/plain", "x").toJson().toString());
    }

    @Test
    void blobIsBase64AndWithoutAMimeTypeLeavesItOut() {
        assertJsonEquals("""
                {"uri": "a://1", "blob": "/w=="}
                """, ResourceContents.blob("a://1", null, new byte[] {-1}).toJson().toString());
    }

    @Test
    void bothTextAndBlobAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ResourceContents("a://1", null, "x", "AA=="));
        assertEquals("Resource contents are either text or a blob", refused.getMessage());
    }

    @Test
    void neitherTextNorBlobIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ResourceContents("a://1", null, null, null));
        assertEquals("Resource contents are either text or a blob", refused.getMessage());
    }

    @Test
    void nullTextOrUriIsRefusedByName() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> ResourceContents.text("a://1", null, null))
                .getMessage());
        assertEquals("uri", assertThrows(NullPointerException.class, () -> ResourceContents.text(null, null, "x"))
                .getMessage());
    }
}
