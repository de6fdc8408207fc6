package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.protocol.BuiltInHandler;

/** The four list methods, each a {@link Listing} of one catalog, paged by {@code mcp.features.page-size}. */
@ApplicationScoped
public class ListHandlers {

    private final FeatureCatalogs catalogs;
    private final FeatureLimits limits;

    @Inject
    ListHandlers(FeatureCatalogs catalogs, FeatureLimits limits) {
        this.catalogs = catalogs;
        this.limits = limits;
    }

    /** For the CDI container's proxy only. */
    ListHandlers() {
        this(null, null);
    }

    @Produces
    BuiltInHandler toolsList() {
        return new Listing<>("tools/list", "tools", catalogs.tools(), limits.pageSize(),
                ToolEntry::toJson);
    }

    @Produces
    BuiltInHandler resourcesList() {
        return new Listing<>("resources/list", "resources", catalogs.resources(), limits.pageSize(),
                resource -> resource.definition().toJson());
    }

    @Produces
    BuiltInHandler resourceTemplatesList() {
        return new Listing<>("resources/templates/list", "resourceTemplates", catalogs.templates(), limits.pageSize(),
                template -> template.definition().toJson());
    }

    @Produces
    BuiltInHandler promptsList() {
        return new Listing<>("prompts/list", "prompts", catalogs.prompts(), limits.pageSize(),
                prompt -> prompt.definition().toJson());
    }
}
