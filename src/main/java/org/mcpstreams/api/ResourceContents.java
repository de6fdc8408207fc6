package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What {@code resources/read} returns for one URI: text or a Base64 blob.
 *
 * @param mimeType null for none
 * @param text the text, or null for a blob
 * @param blob the Base64 data, or null for text
 */
public record ResourceContents(String uri, String mimeType, String text, String blob) {

    /**
     * @throws NullPointerException when {@code uri} is null
     * @throws IllegalArgumentException unless exactly one of text and blob is given
     */
    public ResourceContents {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("Resource contents are either text or a blob");
        }
    }

    /** Text contents. */
    public static ResourceContents text(String uri, String mimeType, String text) {
        return new ResourceContents(uri, mimeType, Objects.requireNonNull(text, "text"), null);
    }

    /** Binary contents, Base64-encoded here. */
    public static ResourceContents blob(String uri, String mimeType, byte[] bytes) {
        return new ResourceContents(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("uri", uri);
        if (mimeType != null) {
            json.add("mimeType", mimeType);
        }
        return (text != null ? json.add("text", text) : json.add("blob", blob)).build();
    }
}
