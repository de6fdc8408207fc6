package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.protocol.BuiltInHandler;

/** {@code resources/list}: the resources of fixed URIs, a page at a time. */
@ApplicationScoped
public class ResourcesList implements BuiltInHandler {

    @Inject
    FeatureCatalogs catalogs;

    @Inject
    FeatureLimits limits;

    @Override
    public String method() {
        return "resources/list";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        return Listing.page(catalogs.resources(), params, limits.pageSize(), "resources",
                resource -> resource.definition().toJson());
    }
}
