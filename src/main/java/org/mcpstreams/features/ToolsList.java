package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.protocol.BuiltInHandler;

/** {@code tools/list}, a page at a time. */
@ApplicationScoped
public class ToolsList implements BuiltInHandler {

    @Inject
    FeatureCatalogs catalogs;

    @Inject
    FeatureLimits limits;

    @Override
    public String method() {
        return "tools/list";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        return Listing.page(catalogs.tools(), params, limits.pageSize(), "tools", tool -> tool.definition().toJson());
    }
}
