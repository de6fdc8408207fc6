package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import org.mcpstreams.api.Features;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.PromptResult;
import org.mcpstreams.api.Tool;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;

/** The conformance suite's fixture tools that change the tool and prompt lists (added, then removed). */
@ApplicationScoped
public class ListChanges {

    @Inject
    Features features;

    @Tool(name = "test_trigger_tool_change", description = "Adds a tool and removes it again: two tools/list_changed")
    String triggerToolChange() {
        features.addTool(ToolDefinition.of("test_transient_tool", "A tool that comes and goes",
                Json.createObjectBuilder().add("type", "object").build()), (arguments, call) -> ToolResult.text("here"))
                .close();
        return "The tool list changed";
    }

    @Tool(name = "test_trigger_prompt_change", description = "Adds a prompt and removes it again: two"
            + " prompts/list_changed")
    String triggerPromptChange() {
        features.addPrompt(new PromptDefinition("test_transient_prompt", null, "A prompt that comes and goes",
                List.of()), (arguments, call) -> new PromptResult(null, List.of())).close();
        return "The prompt list changed";
    }
}
