package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.protocol.BuiltInHandler;

/** {@code prompts/list}: the prompts, a page at a time. */
@ApplicationScoped
public class PromptsList implements BuiltInHandler {

    @Inject
    FeatureCatalogs catalogs;

    @Inject
    FeatureLimits limits;

    @Override
    public String method() {
        return "prompts/list";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        return Listing.page(catalogs.prompts(), params, limits.pageSize(), "prompts",
                prompt -> prompt.definition().toJson());
    }
}
