package org.mcpstreams.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A prompt as {@code prompts/list} shows it.
 *
 * @param title null for none
 * @param description null for none
 */
public record PromptDefinition(String name, String title, String description, List<Argument> arguments) {

    /**
     * @throws NullPointerException when {@code name} or {@code arguments} is null
     * @throws IllegalArgumentException when the name is blank
     */
    public PromptDefinition {
        Names.require(name, "A prompt");
        arguments = List.copyOf(arguments);
    }

    /**
     * One argument of a prompt.
     *
     * @param description null for none
     */
    public record Argument(String name, String description, boolean required) {

        /** @throws IllegalArgumentException when the name is null or blank */
        public Argument {
            Names.require(name, "A prompt argument");
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Jsonp.createObjectBuilder().add("name", name);
            Names.addIfPresent(json, "description", description);
            return json.add("required", required).build();
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("name", name);
        Names.addIfPresent(json, "title", title);
        Names.addIfPresent(json, "description", description);
        if (!arguments.isEmpty()) {
            JsonArrayBuilder items = Jsonp.createArrayBuilder();
            arguments.forEach(argument -> items.add(argument.toJson()));
            json.add("arguments", items);
        }
        return json.build();
    }
}
