package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.Complete;
import org.mcpstreams.api.EmbeddedResource;
import org.mcpstreams.api.ImageContent;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.PromptMessage;
import org.mcpstreams.api.Resource;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.ResourceTemplate;

/** The conformance suite's fixture resources, resource template, prompts and completion. */
@ApplicationScoped
public class Fixtures {

    @Resource(uri = "test://static-text", name = "static-text", title = "Static Text Resource",
            description = "A static text resource for testing", mimeType = "text/plain")
    String staticText() {
        return "This is the content of the static text resource.";
    }

    @Resource(uri = "test://static-binary", name = "static-binary", title = "Static Binary Resource",
            description = "A static binary resource (image) for testing", mimeType = "image/png")
    ResourceContents staticBinary() {
        return new ResourceContents("test://static-binary", "image/png", null, TestMedia.PNG);
    }

    @Resource(uri = "test://watched-resource", name = "watched-resource", title = "Watched Resource",
            description = "A resource whose subscribers hear of its changes", mimeType = "text/plain")
    String watched() {
        return "Watched resource content";
    }

    @ResourceTemplate(uriTemplate = "test://template/{id}/data", name = "template", title = "Resource Template",
            description = "A resource template with parameter substitution", mimeType = "application/json")
    String template(String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }

    @Prompt(name = "test_simple_prompt", title = "Simple Test Prompt", description = "A simple prompt without arguments")
    String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    @Prompt(name = "test_prompt_with_arguments", title = "Prompt With Arguments",
            description = "A prompt with required arguments")
    String promptWithArguments(@Arg(description = "First test argument") String arg1,
            @Arg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @Prompt(name = "test_prompt_with_embedded_resource", title = "Prompt With Embedded Resource",
            description = "A prompt that includes an embedded resource")
    List<PromptMessage> promptWithEmbeddedResource(@Arg(description = "URI of the resource to embed") String resourceUri) {
        return List.of(PromptMessage.user(new EmbeddedResource(ResourceContents.text(resourceUri, "text/plain",
                        "Embedded resource content for testing."))),
                PromptMessage.user("Please process the embedded resource above."));
    }

    @Prompt(name = "test_prompt_with_image", title = "Prompt With Image",
            description = "A prompt that includes image content")
    List<PromptMessage> promptWithImage() {
        return List.of(PromptMessage.user(new ImageContent(TestMedia.PNG, "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }

    @Complete(prompt = "test_prompt_with_arguments", argument = "arg1")
    List<String> completeArg1(String value, Map<String, String> others) {
        return List.of("paris", "park", "party", "test", "testing").stream().filter(word -> word.startsWith(value))
                .toList();
    }
}
