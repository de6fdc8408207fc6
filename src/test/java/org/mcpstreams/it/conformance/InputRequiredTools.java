package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.Tool;

/**
 * The conformance suite's fixtures that ask the client in the middle of a request: multi
 * round-trip requests for a stateless client, requests on the call's stream for a session.
 */
@ApplicationScoped
public class InputRequiredTools {

    @Tool(name = "test_input_required_result_elicitation", description = "Asks the user's name, then greets them")
    CompletionStage<String> elicitation(CallContext call) {
        return name(call, "user_name", "What is your name?").thenApply(name -> "Hello, " + name + "!");
    }

    @Tool(name = "test_input_required_result_sampling", description = "Asks the client's model a question")
    CompletionStage<String> sampling(CallContext call) {
        return call.sample("capital_question", question("What is the capital of France?", 100))
                .thenApply(answer -> "The model said: " + text(answer));
    }

    @Tool(name = "test_input_required_result_list_roots", description = "Lists the client's roots")
    CompletionStage<String> listRoots(CallContext call) {
        return call.roots("client_roots").thenApply(InputRequiredTools::roots);
    }

    @Tool(name = "test_input_required_result_request_state", description = "Asks for a confirmation")
    CompletionStage<String> requestState(CallContext call) {
        return confirm(call).thenApply(answer -> "state-ok: the request state verified, action=" + answer.getString("action"));
    }

    @Tool(name = "test_input_required_result_tampered_state", description = "Asks for a confirmation")
    CompletionStage<String> tamperedState(CallContext call) {
        return confirm(call).thenApply(answer -> "Confirmed: action=" + answer.getString("action"));
    }

    @Tool(name = "test_input_required_result_multiple_inputs", description = "Asks three questions at once")
    CompletionStage<String> multipleInputs(CallContext call) {
        CompletableFuture<String> name = name(call, "user_name", "What is your name?").toCompletableFuture();
        CompletableFuture<JsonObject> greeting = call.sample("greeting", question("Generate a greeting", 50))
                .toCompletableFuture();
        CompletableFuture<JsonObject> roots = call.roots("client_roots").toCompletableFuture();
        return CompletableFuture.allOf(name, greeting, roots).thenApply(all -> text(greeting.join()) + ", "
                + name.join() + "; " + roots(roots.join()));
    }

    @Tool(name = "test_input_required_result_multi_round", description = "Asks two questions, one after the other")
    CompletionStage<String> multiRound(CallContext call) {
        return name(call, "step1", "Step 1: What is your name?").thenCompose(name -> call.elicit("step2",
                        "Step 2: What is your favorite color?", schema("color", "string"))
                .thenApply(answer -> name + " likes " + answer.getJsonObject("content").getString("color")));
    }

    @Tool(name = "test_input_required_result_capabilities",
            description = "Asks only what the client declared it can answer: the user, the model, or both")
    CompletionStage<String> capabilities(CallContext call) {
        List<CompletableFuture<JsonObject>> questions = new ArrayList<>();
        if (call.clientCapabilities().containsKey("elicitation")) {
            questions.add(call.elicit("user_name", "What is your name?", schema("name", "string")).toCompletableFuture());
        }
        if (call.clientCapabilities().containsKey("sampling")) {
            questions.add(call.sample("capital_question", question("What is the capital of France?", 100))
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(questions.toArray(CompletableFuture[]::new))
                .thenApply(all -> questions.size() + " answers");
    }

    @Tool(name = "test_streaming_elicitation", description = "Reports progress, then asks the user")
    CompletionStage<String> streamingElicitation(CallContext call) {
        call.progress(0, 1.0, "Asking the user");
        return name(call, "user_name", "What is your name?").thenApply(name -> "Streamed for " + name);
    }

    @Tool(name = "test_missing_capability", description = "Needs sampling, which the client must declare",
            requires = "sampling")
    CompletionStage<String> missingCapability(CallContext call) {
        return call.sample(question("Say hello", 10)).thenApply(InputRequiredTools::text);
    }

    @Prompt(name = "test_input_required_result_prompt", description = "Asks the user for context first")
    CompletionStage<String> prompt(CallContext call) {
        return call.elicit("user_context", "What context should the prompt use?", schema("context", "string"))
                .thenApply(answer -> "Use this context: " + answer.getJsonObject("content").getString("context"));
    }

    private static CompletionStage<String> name(CallContext call, String key, String message) {
        return call.elicit(key, message, schema("name", "string"))
                .thenApply(answer -> answer.getJsonObject("content").getString("name"));
    }

    private static CompletionStage<JsonObject> confirm(CallContext call) {
        return call.elicit("confirm", "Please confirm", schema("ok", "boolean"));
    }

    private static JsonObject schema(String field, String type) {
        return Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder().add(field, Json.createObjectBuilder().add("type", type)))
                .add("required", Json.createArrayBuilder().add(field)).build();
    }

    private static JsonObject question(String text, int maxTokens) {
        return Json.createObjectBuilder()
                .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user")
                        .add("content", Json.createObjectBuilder().add("type", "text").add("text", text))))
                .add("maxTokens", maxTokens).build();
    }

    private static String text(JsonObject sampled) {
        return sampled.getJsonObject("content").getString("text");
    }

    private static String roots(JsonObject listed) {
        return "Roots: " + listed.getJsonArray("roots").getValuesAs(JsonObject.class).stream()
                .map(root -> root.getString("uri")).toList();
    }
}
