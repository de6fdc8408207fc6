package org.mcpstreams.jsonrpc;

import jakarta.json.JsonValue;

/** A request that fails with a JSON-RPC error: the code, the message, and optional data. */
public class McpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonValue data;

    public McpException(int code, String message) {
        this(code, message, null);
    }

    public McpException(int code, String message, JsonValue data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    /** More detail for the client, or null. */
    public JsonValue data() {
        return data;
    }
}
