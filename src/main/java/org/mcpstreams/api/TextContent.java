package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/** Text for the model or the user. */
public record TextContent(String text) implements Content {

    /** @throws NullPointerException when {@code text} is null */
    public TextContent {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("type", "text").add("text", text).build();
    }
}
