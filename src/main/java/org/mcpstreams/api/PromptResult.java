package org.mcpstreams.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What {@code prompts/get} answers.
 *
 * @param description null for none
 */
public record PromptResult(String description, List<PromptMessage> messages) {

    /** @throws NullPointerException when {@code messages} or one of them is null */
    public PromptResult {
        messages = List.copyOf(messages);
    }

    public JsonObject toJson() {
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        messages.forEach(message -> items.add(message.toJson()));
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        if (description != null) {
            json.add("description", description);
        }
        return json.add("messages", items).build();
    }
}
