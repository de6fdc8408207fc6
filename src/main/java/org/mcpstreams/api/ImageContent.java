package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/** An image, Base64-encoded, with its MIME type such as {@code image/png}. */
public record ImageContent(String data, String mimeType) implements Content {

    /** @throws NullPointerException when an argument is null */
    public ImageContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** An image from its bytes. */
    public static ImageContent of(byte[] bytes, String mimeType) {
        return new ImageContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }

    @Override
    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("type", "image").add("data", data).add("mimeType", mimeType).build();
    }
}
