package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.Registration;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.ResourceTemplateDefinition;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.testsupport.JsonText;

/** Features added while the application runs: in the catalogs, and every session told of each change. */
class RuntimeFeaturesTest {

    private final List<String> broadcasts = new ArrayList<>();
    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, new BroadcastRecorder());
    private final RuntimeFeatures features = new RuntimeFeatures(catalogs);
    private final ToolDefinition echo = ToolDefinition.of("echo", null, JsonValue.EMPTY_JSON_OBJECT);

    @Test
    void addedToolIsCalledAndTheSessionsAreTold() {
        features.addTool(echo, (arguments, call) -> ToolResult.text(arguments.getString("say")));
        assertEquals(List.of("notifications/tools/list_changed"), broadcasts);
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "hi"}]}
                """, catalogs.tools().get("echo").call()
                .run(JsonText.object("{\"say\":\"hi\"}"), new FakeCall("s1")).toCompletableFuture().join().toJson().toString());
    }

    @Test
    void toolHandlerReturningNullHasNoContent() {
        features.addTool(echo, (arguments, call) -> null);
        assertJsonEquals("""
                {"content": []}
                """, catalogs.tools().get("echo").call().run(JsonValue.EMPTY_JSON_OBJECT, null)
                .toCompletableFuture().join().toJson().toString());
    }

    @Test
    void secondToolOfANameIsRefusedAndNobodyIsToldTwice() {
        features.addTool(echo, (arguments, call) -> null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> features.addTool(echo, (arguments, call) -> null));
        assertEquals("There is already a tool echo", refused.getMessage());
        assertEquals(List.of("notifications/tools/list_changed"), broadcasts);
    }

    @Test
    void closingTheRegistrationRemovesItOnceAndTellsOnce() {
        Registration registration = features.addTool(echo, (arguments, call) -> null);
        registration.close();
        registration.close();
        assertNull(catalogs.tools().get("echo"));
        assertEquals(List.of("notifications/tools/list_changed", "notifications/tools/list_changed"), broadcasts);
    }

    @Test
    void closingAStaleRegistrationLeavesTheNewEntryOfTheName() {
        Registration stale = features.addTool(echo, (arguments, call) -> null);
        stale.close();
        features.addTool(echo, (arguments, call) -> ToolResult.text("new"));
        ToolEntry current = catalogs.tools().get("echo");
        stale.close();
        assertSame(current, catalogs.tools().get("echo"));
    }

    @Test
    void addedTemplateReadsTheUrisItMatchesAndTellsOfResources() {
        features.addResourceTemplate(new ResourceTemplateDefinition("a://{x}", "a", null, null, null),
                (uri, variables, call) -> List.of(ResourceContents.text(uri, null, variables.get("x"))));
        TemplateEntry template = catalogs.templates().get("a://{x}");
        assertJsonEquals("""
                [{"uri": "a://7", "text": "7"}]
                """, template.read().run("a://7", Map.of("x", "7"), null)
                .toCompletableFuture().join().stream().map(ResourceContents::toJson).toList().toString());
        assertEquals(List.of("notifications/resources/list_changed"), broadcasts);
    }

    @Test
    void addedPromptTellsOfPrompts() {
        features.addPrompt(new PromptDefinition("p", null, null, List.of()), (arguments, call) -> null);
        assertEquals(List.of("notifications/prompts/list_changed"), broadcasts);
    }

    /** Records the methods broadcast; sends nothing to single sessions. */
    private final class BroadcastRecorder implements Notifier {
        @Override
        public boolean notify(String sessionId, String method, JsonObject params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int broadcast(String method, JsonObject params) {
            broadcasts.add(method);
            return 1;
        }

        @Override
        public int resourceUpdated(String uri) {
            throw new UnsupportedOperationException();
        }
    }
}
