package org.mcpstreams.jsonrpc;

/** JSON-RPC error codes used by MCP: the spec's own and the transport's. */
public final class ErrorCode {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** A transport-level refusal: bad headers, limits reached. */
    public static final int TRANSPORT = -32000;
    /** The session id is unknown, expired or deleted. */
    public static final int SESSION_NOT_FOUND = -32001;
    /** 2026-07-28: an HTTP header (MCP-Protocol-Version, Mcp-Method, Mcp-Name) missing or not matching the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** 2026-07-28: the request needs a client capability its {@code _meta} does not declare. */
    public static final int MISSING_CLIENT_CAPABILITY = -32021;
    /** A protocol version this server does not speak; the data lists the supported ones. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
    /** {@code resources/read} of a URI the server does not have. */
    public static final int RESOURCE_NOT_FOUND = -32002;

    private ErrorCode() {
    }
}
