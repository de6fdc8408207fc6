package org.mcpstreams.transport;

import jakarta.enterprise.context.RequestScoped;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.PostBody;

/**
 * The messages of one {@code POST /mcp}, as {@link PostBodyFilter} read them, for the resource
 * method that answers them. A request-scoped bean rather than a request property: JAX-RS lets a
 * resource method take {@code ContainerRequestContext} on no implementation but Jersey.
 */
@RequestScoped
public class PostedMessages {

    private PostBody body;
    private boolean stateless;

    void read(PostBody body, boolean stateless) {
        this.body = body;
        this.stateless = stateless;
    }

    /** The body's messages and whether they came as a batch. */
    PostBody body() {
        return body;
    }

    JsonRpcMessage first() {
        return body.first();
    }

    /** Whether the request speaks a stateless revision. */
    boolean stateless() {
        return stateless;
    }
}
