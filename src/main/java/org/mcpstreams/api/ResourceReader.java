package org.mcpstreams.api;

import java.util.List;
import java.util.Map;

/** Reads a resource added through {@link Features}. */
@FunctionalInterface
public interface ResourceReader {

    /**
     * @param uri the URI read
     * @param variables the values of the URI template's variables; empty for a fixed resource
     * @throws Exception any failure, answered as a JSON-RPC internal error; an
     *     {@link org.mcpstreams.jsonrpc.McpException} with its own code
     */
    List<ResourceContents> read(String uri, Map<String, String> variables, CallContext call) throws Exception;
}
