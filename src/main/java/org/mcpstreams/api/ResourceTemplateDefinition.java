package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A resource template as {@code resources/templates/list} shows it.
 *
 * @param uriTemplate an RFC 6570 template of simple {@code {name}} variables
 * @param title null for none
 * @param description null for none
 * @param mimeType null for none
 */
public record ResourceTemplateDefinition(String uriTemplate, String name, String title, String description,
        String mimeType) {

    /**
     * @throws NullPointerException when {@code uriTemplate} or {@code name} is null
     * @throws IllegalArgumentException when the name is blank
     */
    public ResourceTemplateDefinition {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Names.require(name, "A resource template");
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("uriTemplate", uriTemplate).add("name", name);
        Names.addIfPresent(json, "title", title);
        Names.addIfPresent(json, "description", description);
        Names.addIfPresent(json, "mimeType", mimeType);
        return json.build();
    }
}
