package org.mcpstreams.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.mcpstreams.api.RequestHandler;

/**
 * A handler mcp-streams brings along (the tools, resources, prompts and completion methods); an
 * application's own {@link RequestHandler} for the same method takes its place.
 */
public interface BuiltInHandler extends RequestHandler {

    /**
     * Whether it answers at once and sends nothing before its answer (the lists): its requests
     * are answered with plain JSON, not on a stream of their own. False by default.
     */
    default boolean answersAtOnce() {
        return false;
    }

    /**
     * The headers, beyond the standard ones, that mirror a stateless request's params, each with
     * the body value it must match ({@code JsonValue.NULL}: the header must be absent); for
     * {@code tools/call}, the {@code Mcp-Param-*} headers of the tool's arguments. None by default.
     */
    default Map<String, JsonValue> mirroredHeaders(JsonObject params) {
        return Map.of();
    }
}
