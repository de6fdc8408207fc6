package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/** A resource's contents carried inside a result or a message. */
public record EmbeddedResource(ResourceContents resource) implements Content {

    /** @throws NullPointerException when {@code resource} is null */
    public EmbeddedResource {
        Objects.requireNonNull(resource, "resource");
    }

    @Override
    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("type", "resource").add("resource", resource.toJson()).build();
    }
}
