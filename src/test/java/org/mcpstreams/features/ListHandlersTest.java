package org.mcpstreams.features;

import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.ResourceDefinition;
import org.mcpstreams.api.ResourceTemplateDefinition;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.config.FeatureLimits;

/** tools/list, resources/list, resources/templates/list and prompts/list: definitions under their key, paged. */
class ListHandlersTest {

    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, null);
    private final FeatureLimits onePerPage = new FeatureLimits(1, 1, 1, 0);
    private final CallContext call = new FakeCall("s1");

    @Test
    void toolsListShowsToolDefinitionsUnderTools() {
        catalogs.tools().add("t", new ToolEntry(ToolDefinition.of("t", "d", JsonValue.EMPTY_JSON_OBJECT), null));
        var handler = handlers().toolsList();
        assertJsonEquals("""
                {"tools": [{"name": "t", "description": "d", "inputSchema": {}}]}
                """, answer(handler.handle(JsonValue.EMPTY_JSON_OBJECT, call)));
    }

    @Test
    void resourcesListShowsResourceDefinitionsUnderResourcesAPageAtATime() {
        catalogs.resources().add("a://1", new ResourceEntry(new ResourceDefinition("a://1", "one", null, null, null), null));
        catalogs.resources().add("a://2", new ResourceEntry(new ResourceDefinition("a://2", "two", null, null, null), null));
        var handler = handlers().resourcesList();
        assertJsonEquals("""
                {"resources": [{"uri": "a://1", "name": "one"}], "nextCursor": "YTovLzE"}
                """, answer(handler.handle(JsonValue.EMPTY_JSON_OBJECT, call)));
    }

    @Test
    void templatesListShowsTemplateDefinitionsUnderResourceTemplates() {
        catalogs.templates().add("a://{x}", new TemplateEntry(
                new ResourceTemplateDefinition("a://{x}", "x", null, null, null), new UriTemplate("a://{x}"), null));
        var handler = handlers().resourceTemplatesList();
        assertJsonEquals("""
                {"resourceTemplates": [{"uriTemplate": "a://{x}", "name": "x"}]}
                """, answer(handler.handle(JsonValue.EMPTY_JSON_OBJECT, call)));
    }

    @Test
    void promptsListShowsPromptDefinitionsUnderPrompts() {
        catalogs.prompts().add("p", new PromptEntry(new PromptDefinition("p", null, null, List.of()), null));
        var handler = handlers().promptsList();
        assertJsonEquals("""
                {"prompts": [{"name": "p"}]}
                """, answer(handler.handle(JsonValue.EMPTY_JSON_OBJECT, call)));
    }

    private ListHandlers handlers() {
        return new ListHandlers(catalogs, onePerPage);
    }

    private static String answer(CompletionStage<?> stage) {
        return stage.toCompletableFuture().join().toString();
    }
}
