package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.ResourceDefinition;
import org.mcpstreams.api.ResourceTemplateDefinition;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** resources/read: the resource of the URI, else a template that matches it, else -32002. */
class ResourcesReadTest {

    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, null);
    private final ResourcesRead handler = new ResourcesRead(catalogs);

    ResourcesReadTest() {
        catalogs.resources().add("users://1/profile", new ResourceEntry(
                new ResourceDefinition("users://1/profile", "first", null, null, null),
                (uri, variables, call) -> CompletableFuture.completedFuture(List.of(ResourceContents.text(uri, null,
                        "static " + variables + " for " + call.sessionId())))));
        catalogs.templates().add("users://{id}/profile", new TemplateEntry(
                new ResourceTemplateDefinition("users://{id}/profile", "profile", null, null, null),
                new UriTemplate("users://{id}/profile"),
                (uri, variables, call) -> CompletableFuture.completedFuture(List.of(ResourceContents.text(uri,
                        "text/plain", "template " + variables)))));
    }

    @Test
    void resourceOfTheUriIsReadBeforeAMatchingTemplate() {
        assertJsonEquals("""
                {"contents": [{"uri": "users://1/profile", "text": "static {} for s1"}]}
                """, read("users://1/profile"));
    }

    @Test
    void templateThatMatchesIsReadWithTheVariables() {
        assertJsonEquals("""
                {"contents": [{"uri": "users://2/profile", "mimeType": "text/plain", "text": "template {id=2}"}]}
                """, read("users://2/profile"));
    }

    @Test
    void uriOfNoResourceIsResourceNotFoundWithTheUri() {
        McpException error = assertThrows(McpException.class, () -> read("users://2/posts"));
        assertEquals(-32002, error.code());
        assertEquals("Resource not found", error.getMessage());
        assertJsonEquals("""
                {"uri": "users://2/posts"}
                """, error.data().toString());
    }

    @Test
    void malformedUriIsResourceNotFound() {
        McpException error = assertThrows(McpException.class, () -> read("users://%zz/profile"));
        assertEquals(-32002, error.code());
    }

    @Test
    void requestWithoutAUriIsInvalidParams() {
        McpException error = assertThrows(McpException.class,
                () -> handler.handle(JsonText.object("{}"), new FakeCall("s1")));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: uri must be a string", error.getMessage());
    }

    private String read(String uri) {
        return handler.handle(JsonText.object("{\"uri\":\"" + uri + "\"}"), new FakeCall("s1")).toCompletableFuture()
                .join().toString();
    }
}
