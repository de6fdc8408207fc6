package org.mcpstreams.api;

import java.util.Map;

/** Renders a prompt added through {@link Features#addPrompt}. */
@FunctionalInterface
public interface PromptRenderer {

    /**
     * @param arguments the arguments given, the required ones all present
     * @throws Exception any failure, answered as a JSON-RPC internal error; an
     *     {@link org.mcpstreams.jsonrpc.McpException} with its own code
     */
    PromptResult render(Map<String, String> arguments, CallContext call) throws Exception;
}
