package org.mcpstreams.transport;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the MCP endpoint at {@code /mcp} under the application's context root. */
@ApplicationPath("/")
public class McpApplication extends Application {
}
