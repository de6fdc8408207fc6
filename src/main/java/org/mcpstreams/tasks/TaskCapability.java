package org.mcpstreams.tasks;

import jakarta.json.JsonObject;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;

/** The tasks extension as clients declare it, under {@code capabilities.extensions}. */
public final class TaskCapability {

    /** The extension's identifier. */
    public static final String ID = "io.modelcontextprotocol/tasks";

    private TaskCapability() {
    }

    /** Whether {@code clientCapabilities} declare the tasks extension. */
    public static boolean declaredBy(JsonObject clientCapabilities) {
        return clientCapabilities != null && clientCapabilities.get("extensions") instanceof JsonObject extensions
                && extensions.get(ID) instanceof JsonObject;
    }

    /** -32021 for a client that did not declare the extension, its data naming it. */
    public static McpException missing() {
        return new McpException(ErrorCode.MISSING_CLIENT_CAPABILITY, "Missing required client capability: extension "
                + ID, Jsonp.createObjectBuilder().add("requiredCapabilities", Jsonp.createObjectBuilder()
                        .add("extensions", Jsonp.createObjectBuilder().add(ID, JsonObject.EMPTY_JSON_OBJECT))).build());
    }
}
