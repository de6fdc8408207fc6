package org.mcpstreams.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What {@code tools/call} answers: content, optional structured content, and whether the tool
 * failed (a failure the model can see and act on, not a protocol error).
 *
 * @param structuredContent null for none
 */
public record ToolResult(List<Content> content, JsonObject structuredContent, boolean isError) {

    /** @throws NullPointerException when {@code content} or one of its elements is null */
    public ToolResult {
        content = List.copyOf(content);
    }

    /** A successful result with the given content. */
    public static ToolResult of(Content... content) {
        return new ToolResult(List.of(content), null, false);
    }

    /** A successful result of one text. */
    public static ToolResult text(String text) {
        return of(new TextContent(text));
    }

    /** A failed result explaining the failure. */
    public static ToolResult error(String message) {
        return new ToolResult(List.of(new TextContent(Objects.requireNonNull(message, "message"))), null, true);
    }

    public JsonObject toJson() {
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        content.forEach(item -> items.add(item.toJson()));
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("content", items);
        if (structuredContent != null) {
            json.add("structuredContent", structuredContent);
        }
        if (isError) {
            json.add("isError", true);
        }
        return json.build();
    }
}
