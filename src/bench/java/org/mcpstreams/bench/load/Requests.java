package org.mcpstreams.bench.load;

/** The HTTP requests a client on protocol 2025-11-25 sends to {@code /mcp}, as wire text. */
final class Requests {

    static final String VERSION = "2025-11-25";

    private final String host;

    Requests(String host, int port) {
        this.host = host + ":" + port;
    }

    String initialize(int n) {
        return post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"load-" + n + "\",\"version\":\"1\"}}}");
    }

    String initialized(String session) {
        return post(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    /** The GET that opens a session's stream; with {@code lastEventId}, the one that resumes it. */
    String stream(String session, String lastEventId) {
        return "GET /mcp HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\nMcp-Session-Id: " + session
                + "\r\nMCP-Protocol-Version: " + VERSION + "\r\n"
                + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n";
    }

    /** The DELETE that ends a session. */
    String delete(String session) {
        return "DELETE /mcp HTTP/1.1\r\nHost: " + host + "\r\nMcp-Session-Id: " + session
                + "\r\nMCP-Protocol-Version: " + VERSION + "\r\nContent-Length: 0\r\n\r\n";
    }

    private String post(String session, String body) {
        return "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json, text/event-stream\r\n"
                + "Content-Type: application/json\r\nMCP-Protocol-Version: " + VERSION + "\r\n"
                + (session == null ? "" : "Mcp-Session-Id: " + session + "\r\n")
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }
}
