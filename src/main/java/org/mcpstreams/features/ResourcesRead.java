package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.ResourceContents;
import org.mcpstreams.jsonrpc.Echo;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * {@code resources/read}: the resource of that URI, else the first template (in template order)
 * that matches it, else the error -32002 "Resource not found" with the URI as data.
 */
@ApplicationScoped
public class ResourcesRead implements BuiltInHandler {

    private final FeatureCatalogs catalogs;

    @Inject
    ResourcesRead(FeatureCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** For the CDI container's proxy only. */
    ResourcesRead() {
        this(null);
    }

    @Override
    public String method() {
        return "resources/read";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        String uri = RequestParams.requiredString(params, "uri");
        ResourceEntry resource = catalogs.resources().get(uri);
        if (resource != null) {
            return contents(resource.read().run(uri, Map.of(), call));
        }
        for (TemplateEntry template : catalogs.templates().all()) {
            Optional<Map<String, String>> variables = template.template().match(uri);
            if (variables.isPresent()) {
                return contents(template.read().run(uri, variables.get(), call));
            }
        }
        throw new McpException(ErrorCode.RESOURCE_NOT_FOUND, "Resource not found",
                Jsonp.createObjectBuilder().add("uri", Echo.of(uri)).build());
    }

    private static CompletionStage<JsonObject> contents(CompletionStage<List<ResourceContents>> read) {
        return read.thenApply(all -> {
            JsonArrayBuilder contents = Jsonp.createArrayBuilder();
            all.forEach(item -> contents.add(item.toJson()));
            return Jsonp.createObjectBuilder().add("contents", contents).build();
        });
    }
}
