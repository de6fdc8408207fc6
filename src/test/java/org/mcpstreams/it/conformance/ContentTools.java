package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import org.mcpstreams.api.AudioContent;
import org.mcpstreams.api.Content;
import org.mcpstreams.api.EmbeddedResource;
import org.mcpstreams.api.ImageContent;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.TextContent;
import org.mcpstreams.api.Tool;

/** The conformance suite's fixture tools that return content of each kind, or fail. */
@ApplicationScoped
public class ContentTools {

    @Tool(name = "test_simple_text", description = "Tests simple text content response")
    String simpleText() {
        return "This is a simple text response for testing.";
    }

    @Tool(name = "test_image_content", description = "Tests image content response")
    Content image() {
        return new ImageContent(TestMedia.PNG, "image/png");
    }

    @Tool(name = "test_audio_content", description = "Tests audio content response")
    Content audio() {
        return new AudioContent(TestMedia.WAV, "audio/wav");
    }

    @Tool(name = "test_embedded_resource", description = "Tests embedded resource content response")
    Content embeddedResource() {
        return new EmbeddedResource(ResourceContents.text("test://embedded-resource", "text/plain",
                "This is an embedded resource content."));
    }

    @Tool(name = "test_multiple_content_types",
            description = "Tests response with multiple content types (text, image, resource)")
    List<Content> multipleContentTypes() {
        return List.of(new TextContent("Multiple content types test:"), new ImageContent(TestMedia.PNG, "image/png"),
                new EmbeddedResource(ResourceContents.text("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}")));
    }

    @Tool(name = "test_error_handling", description = "Tests error response handling")
    String errorHandling() {
        throw new IllegalStateException("This tool intentionally returns an error for testing");
    }

    @Tool(name = "json_schema_2020_12_tool", description = "Tool with JSON Schema 2020-12 features",
            inputSchema = """
                    {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
                     "$defs":{"address":{"$anchor":"addressDef","type":"object",
                       "properties":{"street":{"type":"string"},"city":{"type":"string"}}}},
                     "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"},
                       "contactMethod":{"type":"string","enum":["phone","email"]},
                       "phone":{"type":"string"},"email":{"type":"string"}},
                     "allOf":[{"anyOf":[{"required":["phone"]},{"required":["email"]}]}],
                     "if":{"properties":{"contactMethod":{"const":"phone"}},"required":["contactMethod"]},
                     "then":{"required":["phone"]},"else":{"required":["email"]},
                     "additionalProperties":false}""")
    String jsonSchema202012(JsonObject arguments) {
        return "Received " + arguments;
    }
}
