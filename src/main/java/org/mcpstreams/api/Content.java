package org.mcpstreams.api;

import jakarta.json.JsonObject;

/** One piece of a tool result or a prompt message: text, an image, audio, or a resource. */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {

    /** The content as MCP writes it, with its {@code type}. */
    JsonObject toJson();

    /** Text content. */
    static Content text(String text) {
        return new TextContent(text);
    }
}
