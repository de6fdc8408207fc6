package org.mcpstreams.transport;

import jakarta.json.JsonValue;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.stream.MessageTooLargeException;
import org.mcpstreams.stream.StreamRegistry;

/**
 * Ends a call's stream with its response, or, when the response is larger than a stream keeps,
 * with a JSON-RPC error saying so: the caller learns why instead of waiting on an open stream.
 */
final class ResponseWriting {

    private ResponseWriting() {
    }

    /**
     * Records {@code response} as the stream's last message.
     *
     * @return false when the stream is gone
     */
    static boolean sendLast(StreamRegistry registry, String streamId, JsonValue requestId, String response) {
        try {
            return registry.sendLast(streamId, response);
        } catch (MessageTooLargeException tooLarge) {
            return registry.sendLast(streamId,
                    new ErrorResponse(requestId, ErrorCode.INTERNAL_ERROR, tooLarge.getMessage(), null).toJson());
        }
    }
}
