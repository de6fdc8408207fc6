package org.mcpstreams.transport;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.mcpstreams.jsonrpc.JsonRpcMessage;

/**
 * The messages of one {@code POST /mcp}, as {@link PostBodyFilter} read them, for the resource
 * method that answers them. A request-scoped bean rather than a request property: JAX-RS lets a
 * resource method take {@code ContainerRequestContext} on no implementation but Jersey.
 */
@RequestScoped
public class PostedMessages {

    private List<JsonRpcMessage> messages = List.of();
    private boolean stateless;

    void read(List<JsonRpcMessage> messages, boolean stateless) {
        this.messages = List.copyOf(messages);
        this.stateless = stateless;
    }

    List<JsonRpcMessage> messages() {
        return messages;
    }

    JsonRpcMessage first() {
        return messages.get(0);
    }

    /** Whether the request speaks a stateless revision. */
    boolean stateless() {
        return stateless;
    }
}
