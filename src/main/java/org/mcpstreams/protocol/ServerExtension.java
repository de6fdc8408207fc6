package org.mcpstreams.protocol;

import jakarta.json.JsonObject;

/**
 * An extension of the protocol the server announces under {@code capabilities.extensions} of
 * {@code initialize} and {@code server/discover}, while it is in use.
 */
public interface ServerExtension {

    /** The extension's identifier, such as {@code io.modelcontextprotocol/tasks}. */
    String id();

    /** Whether the application uses it now: only then is it announced. */
    boolean inUse();

    /** The extension's settings in the announcement; an empty object by default. */
    default JsonObject settings() {
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
