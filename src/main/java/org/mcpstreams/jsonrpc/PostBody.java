package org.mcpstreams.jsonrpc;

import java.util.List;
import java.util.Objects;

/**
 * The JSON-RPC messages of one request body, and whether they came as a batch: a JSON array,
 * which stays a batch even with one element (its answer is an array, and revisions after
 * 2025-03-26 refuse it).
 *
 * @param messages one or more, in the order of the body
 * @param batch whether the body was a JSON array
 */
public record PostBody(List<JsonRpcMessage> messages, boolean batch) {

    public PostBody {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a body holds one message or more");
        }
    }

    /** The first message (the only one when not a batch). */
    public JsonRpcMessage first() {
        return messages.get(0);
    }
}
