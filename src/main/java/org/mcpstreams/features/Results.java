package org.mcpstreams.features;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mcpstreams.api.Completion;
import org.mcpstreams.api.Content;
import org.mcpstreams.api.PromptMessage;
import org.mcpstreams.api.PromptResult;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.TextContent;
import org.mcpstreams.api.ToolResult;

/** What the return values of annotated methods mean as MCP results. */
final class Results {

    private Results() {
    }

    /**
     * A tool's result: nothing is no content, a string one text, content is the content, a
     * {@link ToolResult} itself, any other value the structured content (when it is a JSON
     * object) and its JSON as text.
     */
    static ToolResult tool(Object value) {
        if (value == null) {
            return ToolResult.of();
        }
        if (value instanceof ToolResult result) {
            return result;
        }
        if (value instanceof String text) {
            return ToolResult.text(text);
        }
        if (value instanceof Content content) {
            return ToolResult.of(content);
        }
        List<Content> contents = listOf(value, Content.class);
        if (contents != null) {
            return new ToolResult(contents, null, false);
        }
        JsonValue json = JsonConversion.toJson(value);
        return new ToolResult(List.of(new TextContent(json.toString())),
                json instanceof JsonObject object ? object : null, false);
    }

    /** A resource's contents: a string is text, bytes a blob, or the contents returned. */
    static List<ResourceContents> resource(Object value, String uri, String mimeType) {
        if (value instanceof String text) {
            return List.of(ResourceContents.text(uri, mimeType, text));
        }
        if (value instanceof byte[] bytes) {
            return List.of(ResourceContents.blob(uri, mimeType, bytes));
        }
        if (value instanceof ResourceContents contents) {
            return List.of(contents);
        }
        List<ResourceContents> all = listOf(value, ResourceContents.class);
        if (all == null) {
            throw new IllegalStateException("A resource method returned " + describe(value)
                    + ": return a String, a byte[], ResourceContents or a list of them");
        }
        return all;
    }

    /** A prompt: a string or content is one user message, or the messages or result returned. */
    static PromptResult prompt(Object value, String description) {
        if (value instanceof PromptResult result) {
            return result;
        }
        if (value instanceof String text) {
            return new PromptResult(description, List.of(PromptMessage.user(text)));
        }
        if (value instanceof Content content) {
            return new PromptResult(description, List.of(PromptMessage.user(content)));
        }
        if (value instanceof PromptMessage message) {
            return new PromptResult(description, List.of(message));
        }
        List<PromptMessage> messages = listOf(value, PromptMessage.class);
        if (messages == null) {
            throw new IllegalStateException("A prompt method returned " + describe(value)
                    + ": return a String, Content, a PromptMessage, a list of them or a PromptResult");
        }
        return new PromptResult(description, messages);
    }

    /** Completion values: a {@link Completion} or a collection of strings. */
    static Completion completion(Object value) {
        if (value instanceof Completion completion) {
            return completion;
        }
        List<String> values = listOf(value, String.class);
        if (values == null) {
            throw new IllegalStateException("A completion method returned " + describe(value)
                    + ": return a Completion or a list of strings");
        }
        return Completion.of(values);
    }

    /** The elements of a collection when they all are of {@code type}; null otherwise. */
    private static <T> List<T> listOf(Object value, Class<T> type) {
        if (!(value instanceof Collection<?> items)) {
            return null;
        }
        List<T> typed = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!type.isInstance(item)) {
                return null;
            }
            typed.add(type.cast(item));
        }
        return typed;
    }

    private static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getName();
    }
}
