package org.mcpstreams.transport;

/** The HTTP header names of MCP's Streamable HTTP transport. */
final class McpHeaders {

    static final String SESSION_ID = "Mcp-Session-Id";
    static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private McpHeaders() {
    }

    /** Whether a request path (relative to the application) names the MCP endpoint. */
    static boolean isEndpoint(String path) {
        return path.equals("mcp") || path.equals("/mcp") || path.equals("mcp/") || path.equals("/mcp/");
    }
}
