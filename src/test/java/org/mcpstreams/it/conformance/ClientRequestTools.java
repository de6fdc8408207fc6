package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;

/** The conformance suite's fixture tools that ask the client: sampling and elicitation. */
@ApplicationScoped
public class ClientRequestTools {

    @Tool(name = "test_sampling", description = "Tests server-initiated sampling (LLM completion request)")
    CompletionStage<String> sampling(@Arg(description = "The prompt to send to the LLM") String prompt,
            CallContext call) {
        return call.sample(Json.createObjectBuilder()
                        .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user")
                                .add("content", Json.createObjectBuilder().add("type", "text").add("text", prompt))))
                        .add("maxTokens", 100).build())
                .thenApply(answer -> "LLM response: " + answer.getJsonObject("content").getString("text"));
    }

    @Tool(name = "test_elicitation", description = "Tests server-initiated elicitation (user input request)")
    CompletionStage<String> elicitation(@Arg(description = "The message to show the user") String message,
            CallContext call) {
        JsonObject schema = object()
                .add("properties", Json.createObjectBuilder()
                        .add("username", field("string", "User's response"))
                        .add("email", field("string", "User's email address")))
                .add("required", Json.createArrayBuilder().add("username").add("email")).build();
        return call.elicit(message, schema).thenApply(answer -> "User response: action=" + answer.getString("action")
                + ", content=" + answer.getOrDefault("content", JsonObject.EMPTY_JSON_OBJECT));
    }

    @Tool(name = "test_elicitation_sep1034_defaults", description = "Tests elicitation with default values per SEP-1034")
    CompletionStage<String> elicitationDefaults(CallContext call) {
        JsonObject schema = object().add("properties", Json.createObjectBuilder()
                        .add("name", field("string", "User name").add("default", "John Doe"))
                        .add("age", field("integer", "User age").add("default", 30))
                        .add("score", field("number", "User score").add("default", 95.5))
                        .add("status", field("string", "User status").add("enum", Json.createArrayBuilder()
                                .add("active").add("inactive").add("pending")).add("default", "active"))
                        .add("verified", field("boolean", "Verification status").add("default", true)))
                .add("required", Json.createArrayBuilder()).build();
        return completed(call.elicit("Please review and update the form fields with defaults", schema));
    }

    @Tool(name = "test_elicitation_sep1330_enums",
            description = "Tests elicitation with enum schema improvements per SEP-1330")
    CompletionStage<String> elicitationEnums(CallContext call) {
        JsonObject schema = object().add("properties", Json.createObjectBuilder()
                        .add("untitledSingle", field("string", "Select one option")
                                .add("enum", Json.createArrayBuilder().add("option1").add("option2").add("option3")))
                        .add("titledSingle", field("string", "Select one option with titles").add("oneOf",
                                titled("value1", "First Option", "value2", "Second Option", "value3", "Third Option")))
                        .add("legacyEnum", field("string", "Select one option (legacy)")
                                .add("enum", Json.createArrayBuilder().add("opt1").add("opt2").add("opt3"))
                                .add("enumNames", Json.createArrayBuilder().add("Option One").add("Option Two")
                                        .add("Option Three")))
                        .add("untitledMulti", field("array", "Select multiple options").add("minItems", 1)
                                .add("maxItems", 3).add("items", Json.createObjectBuilder().add("type", "string")
                                        .add("enum", Json.createArrayBuilder().add("option1").add("option2")
                                                .add("option3"))))
                        .add("titledMulti", field("array", "Select multiple options with titles").add("minItems", 1)
                                .add("maxItems", 3).add("items", Json.createObjectBuilder().add("anyOf",
                                        titled("value1", "First Choice", "value2", "Second Choice", "value3",
                                                "Third Choice")))))
                .add("required", Json.createArrayBuilder()).build();
        return completed(call.elicit("Please select options from the enum fields", schema));
    }

    private static CompletionStage<String> completed(CompletionStage<JsonObject> elicitation) {
        return elicitation.thenApply(answer -> "Elicitation completed: action=" + answer.getString("action")
                + ", content=" + answer.getOrDefault("content", JsonObject.EMPTY_JSON_OBJECT));
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder().add("type", "object");
    }

    private static JsonObjectBuilder field(String type, String description) {
        return Json.createObjectBuilder().add("type", type).add("description", description);
    }

    private static JsonArrayBuilder titled(String... constAndTitle) {
        var options = Json.createArrayBuilder();
        for (int i = 0; i < constAndTitle.length; i += 2) {
            options.add(Json.createObjectBuilder().add("const", constAndTitle[i]).add("title", constAndTitle[i + 1]));
        }
        return options;
    }
}
