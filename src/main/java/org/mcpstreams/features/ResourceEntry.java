package org.mcpstreams.features;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.api.ResourceDefinition;

/** A resource of a fixed URI on offer. */
record ResourceEntry(ResourceDefinition definition, Read read) {

    /** Reads a resource; the stage fails with what the reader threw. */
    interface Read {
        CompletionStage<List<ResourceContents>> run(String uri, Map<String, String> variables, CallContext context);
    }
}
