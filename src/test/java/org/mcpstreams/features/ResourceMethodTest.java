package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Resource;
import org.mcpstreams.api.ResourceContents;

/** A resource of a fixed URI, from its method. */
class ResourceMethodTest {

    @SuppressWarnings("unused")
    public static final class Resources {
        @Resource(uri = "file:///notes.txt", title = "Notes", description = "The notes", mimeType = "text/plain")
        public String notes() {
            return "buy milk";
        }

        @Resource(uri = "file:///logo.png", name = "logo")
        public byte[] image() {
            return "PNG".getBytes(StandardCharsets.US_ASCII);
        }

        @Resource(uri = "session://me")
        public String me(CallContext call) {
            return call.sessionId();
        }

        @Resource(uri = "users://1")
        public String user(String id) {
            return id;
        }
    }

    @Test
    void definitionHasTheAnnotationsFields() {
        assertJsonEquals("""
                {
                    "uri": "file:///notes.txt",
                    "name": "notes",
                    "title": "Notes",
                    "description": "The notes",
                    "mimeType": "text/plain"
                }
                """, definition("notes"));
    }

    @Test
    void emptyFieldsAreLeftOutAndTheNameMayBeGiven() {
        assertJsonEquals("""
                {"uri": "file:///logo.png", "name": "logo"}
                """, definition("image"));
    }

    @Test
    void methodWithAnArgumentParameterIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ResourceMethod.of(Beans.method(Resources.class, "user")));
        assertEquals("org.mcpstreams.features.ResourceMethodTest$Resources.user reads a resource of a fixed URI: it takes"
                + " no parameters but a CallContext (use @ResourceTemplate for URIs with variables)", refused.getMessage());
    }

    @Test
    void textIsReadWithTheUriAndMimeType() {
        assertJsonEquals("""
                {"uri": "file:///notes.txt", "mimeType": "text/plain", "text": "buy milk"}
                """, read("notes", "file:///notes.txt"));
    }

    @Test
    void bytesAreReadAsABase64Blob() {
        assertJsonEquals("""
                {"uri": "file:///logo.png", "blob": "UE5H"}
                """, read("image", "file:///logo.png"));
    }

    @Test
    void callContextParameterIsGivenTheCall() {
        assertJsonEquals("""
                {"uri": "session://me", "text": "s1"}
                """, read("me", "session://me"));
    }

    private static String definition(String method) {
        return ResourceMethod.of(Beans.method(Resources.class, method)).definition().toJson().toString();
    }

    private static String read(String method, String uri) {
        ResourceEntry entry = ResourceMethod.of(Beans.method(Resources.class, method))
                .entry(Beans.handingOut(new Resources()), Runnable::run);
        List<ResourceContents> contents = entry.read().run(uri, Map.of(), new FakeCall("s1")).toCompletableFuture().join();
        assertEquals(1, contents.size());
        return contents.get(0).toJson().toString();
    }
}
