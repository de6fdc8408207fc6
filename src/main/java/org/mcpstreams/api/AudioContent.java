package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/** Audio, Base64-encoded, with its MIME type such as {@code audio/wav}. */
public record AudioContent(String data, String mimeType) implements Content {

    /** @throws NullPointerException when an argument is null */
    public AudioContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** Audio from its bytes. */
    public static AudioContent of(byte[] bytes, String mimeType) {
        return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }

    @Override
    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("type", "audio").add("data", data).add("mimeType", mimeType).build();
    }
}
