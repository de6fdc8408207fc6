package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A resource as {@code resources/list} shows it.
 *
 * @param title null for none
 * @param description null for none
 * @param mimeType null for none
 */
public record ResourceDefinition(String uri, String name, String title, String description, String mimeType) {

    /**
     * @throws NullPointerException when {@code uri} or {@code name} is null
     * @throws IllegalArgumentException when the name is blank
     */
    public ResourceDefinition {
        Objects.requireNonNull(uri, "uri");
        Names.require(name, "A resource");
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("uri", uri).add("name", name);
        Names.addIfPresent(json, "title", title);
        Names.addIfPresent(json, "description", description);
        Names.addIfPresent(json, "mimeType", mimeType);
        return json.build();
    }
}
