package org.mcpstreams.jsonrpc;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;

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

    /**
     * -32021: the request needs client capabilities the client did not declare; the data names
     * them as a {@code ClientCapabilities} object, such as {@code {"sampling": {}}}.
     */
    public static McpException missingClientCapabilities(Collection<String> capabilities) {
        JsonObjectBuilder required = Jsonp.createObjectBuilder();
        capabilities.forEach(capability -> required.add(capability, JsonValue.EMPTY_JSON_OBJECT));
        return new McpException(ErrorCode.MISSING_CLIENT_CAPABILITY, "Missing required client capability: "
                + String.join(", ", capabilities),
                Jsonp.createObjectBuilder().add("requiredCapabilities", required).build());
    }

    public int code() {
        return code;
    }

    /** More detail for the client, or null. */
    public JsonValue data() {
        return data;
    }
}
