package org.mcpstreams.api;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/** One message of a rendered prompt. */
public record PromptMessage(Role role, Content content) {

    /** Who speaks a message. */
    public enum Role {
        USER, ASSISTANT;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws NullPointerException when an argument is null */
    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** A user message of one text. */
    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, new TextContent(text));
    }

    /** A user message of any content. */
    public static PromptMessage user(Content content) {
        return new PromptMessage(Role.USER, content);
    }

    /** An assistant message of one text. */
    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, new TextContent(text));
    }

    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("role", role.wire()).add("content", content.toJson()).build();
    }
}
