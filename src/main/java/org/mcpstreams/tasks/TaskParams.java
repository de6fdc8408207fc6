package org.mcpstreams.tasks;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/** What every method of the tasks extension checks first. */
final class TaskParams {

    private TaskParams() {
    }

    /**
     * The {@code taskId} of a request of a client that declared the extension.
     *
     * @throws McpException -32021 when the client did not declare the extension, -32602 when the
     *     params have no string {@code taskId}
     */
    static String taskId(JsonObject params, CallContext call) {
        if (!TaskCapability.declaredBy(call.clientCapabilities())) {
            throw TaskCapability.missing();
        }
        if (!(params.get("taskId") instanceof JsonString taskId)) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: taskId must be a string");
        }
        return taskId.getString();
    }
}
