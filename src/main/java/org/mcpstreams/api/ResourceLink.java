package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * A link to a resource the client may read with {@code resources/read}.
 *
 * @param description null for none
 * @param mimeType null for none
 */
public record ResourceLink(String uri, String name, String description, String mimeType) implements Content {

    /** @throws NullPointerException when {@code uri} or {@code name} is null */
    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("type", "resource_link").add("uri", uri).add("name", name);
        if (description != null) {
            json.add("description", description);
        }
        if (mimeType != null) {
            json.add("mimeType", mimeType);
        }
        return json.build();
    }
}
