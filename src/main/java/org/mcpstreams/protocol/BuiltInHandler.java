package org.mcpstreams.protocol;

import org.mcpstreams.api.RequestHandler;

/**
 * A handler mcp-streams brings along (the tools, resources, prompts and completion methods); an
 * application's own {@link RequestHandler} for the same method takes its place.
 */
public interface BuiltInHandler extends RequestHandler {
}
