package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.ResourceTemplate;

/** A resource template, from its method. */
class TemplateMethodTest {

    @SuppressWarnings("unused")
    public static final class Templates {
        @ResourceTemplate(uriTemplate = "users://{id}/profile", title = "Profile", description = "A user's profile",
                mimeType = "application/json")
        public String profile(String id) {
            return "{\"id\":\"" + id + "\"}";
        }

        @ResourceTemplate(uriTemplate = "users://{id}/posts/{n}", name = "post")
        public String post(@Arg(name = "id") String user, int n) {
            return user + " #" + (n + 1);
        }

        @ResourceTemplate(uriTemplate = "users://{id}/profile")
        public String wrong(String name) {
            return name;
        }

        @ResourceTemplate(uriTemplate = "files://{+path}")
        public String reserved(String path) {
            return path;
        }
    }

    @Test
    void definitionHasTheAnnotationsFields() {
        assertJsonEquals("""
                {
                    "uriTemplate": "users://{id}/profile",
                    "name": "profile",
                    "title": "Profile",
                    "description": "A user's profile",
                    "mimeType": "application/json"
                }
                """, definition("profile"));
    }

    @Test
    void nameMayBeGiven() {
        assertJsonEquals("""
                {"uriTemplate": "users://{id}/posts/{n}", "name": "post"}
                """, definition("post"));
    }

    @Test
    void parameterThatIsNotAVariableIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TemplateMethod.of(Beans.method(Templates.class, "wrong")));
        assertEquals("org.mcpstreams.features.TemplateMethodTest$Templates.wrong takes name, which is not a variable of"
                + " users://{id}/profile", refused.getMessage());
    }

    @Test
    void templateBeyondSimpleVariablesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TemplateMethod.of(Beans.method(Templates.class, "reserved")));
        assertEquals("URI template files://{+path} has a variable that is not a simple {name}", refused.getMessage());
    }

    @Test
    void readGivesTheVariablesToTheParametersAndTheUriToTheContents() {
        assertJsonEquals("""
                {"uri": "users://7/profile", "mimeType": "application/json", "text": "{\\"id\\":\\"7\\"}"}
                """, read("profile", "users://7/profile", Map.of("id", "7")));
    }

    @Test
    void variablesAreConvertedToTheParametersTypes() {
        assertJsonEquals("""
                {"uri": "users://ann/posts/41", "text": "ann #42"}
                """, read("post", "users://ann/posts/41", Map.of("id", "ann", "n", "41")));
    }

    private static String definition(String method) {
        return TemplateMethod.of(Beans.method(Templates.class, method)).definition().toJson().toString();
    }

    private static String read(String method, String uri, Map<String, String> variables) {
        TemplateEntry entry = TemplateMethod.of(Beans.method(Templates.class, method))
                .entry(Beans.handingOut(new Templates()), Runnable::run);
        List<ResourceContents> contents = entry.read().run(uri, variables, new FakeCall("s1")).toCompletableFuture().join();
        assertEquals(1, contents.size());
        return contents.get(0).toJson().toString();
    }
}
