package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.PromptMessage;
import org.mcpstreams.api.PromptResult;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** prompts/get: the prompt rendered with its arguments as strings; -32602 for what is missing. */
class PromptsGetTest {

    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, null);
    private final PromptsGet handler = new PromptsGet(catalogs);
    private final List<Map<String, String>> given = new ArrayList<>();

    PromptsGetTest() {
        catalogs.prompts().add("review", new PromptEntry(new PromptDefinition("review", null, "Reviews code", List.of(
                new PromptDefinition.Argument("code", null, true), new PromptDefinition.Argument("style", null, false))),
                (arguments, call) -> {
                    given.add(arguments);
                    return CompletableFuture.completedFuture(
                            new PromptResult("Reviews code", List.of(PromptMessage.user("Review " + arguments.get("code")))));
                }));
    }

    @Test
    void promptIsRenderedWithItsArguments() {
        assertJsonEquals("""
                {
                    "description": "Reviews code",
                    "messages": [{"role": "user", "content": {"type": "text", "text": "Review x"}}]
                }
                """, get("{\"name\":\"review\",\"arguments\":{\"code\":\"x\"}}"));
    }

    @Test
    void argumentsThatAreNotStringsAreGivenAsTheirJsonAndNullsAreLeftOut() {
        get("{\"name\":\"review\",\"arguments\":{\"code\":42,\"style\":null,\"extra\":{\"a\":true}}}");
        assertEquals(List.of(Map.of("code", "42", "extra", "{\"a\":true}")), given);
    }

    @Test
    void missingRequiredArgumentIsInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> get("{\"name\":\"review\",\"arguments\":{}}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: missing required argument code", error.getMessage());
    }

    @Test
    void unknownPromptIsInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> get("{\"name\":\"x\"}"));
        assertEquals(-32602, error.code());
        assertEquals("Unknown prompt: x", error.getMessage());
    }

    @Test
    void argumentsThatAreNotAnObjectAreInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> get("{\"name\":\"review\",\"arguments\":\"x\"}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: arguments must be an object", error.getMessage());
    }

    private String get(String params) {
        return handler.handle(JsonText.object(params), new FakeCall("s1")).toCompletableFuture().join().toString();
    }
}
