package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.protocol.BuiltInHandler;

/** {@code resources/templates/list}: the resource templates, a page at a time. */
@ApplicationScoped
public class ResourceTemplatesList implements BuiltInHandler {

    @Inject
    FeatureCatalogs catalogs;

    @Inject
    FeatureLimits limits;

    @Override
    public String method() {
        return "resources/templates/list";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        return Listing.page(catalogs.templates(), params, limits.pageSize(), "resourceTemplates",
                template -> template.definition().toJson());
    }
}
