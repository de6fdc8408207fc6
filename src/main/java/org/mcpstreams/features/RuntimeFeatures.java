package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mcpstreams.api.Features;
import org.mcpstreams.api.PromptDefinition;
import org.mcpstreams.api.PromptRenderer;
import org.mcpstreams.api.Registration;
import org.mcpstreams.api.ResourceDefinition;
import org.mcpstreams.api.ResourceReader;
import org.mcpstreams.api.ResourceTemplateDefinition;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolHandler;
import org.mcpstreams.api.ToolResult;

/** The {@link Features} applications inject: adds to the catalogs and tells the sessions. */
@ApplicationScoped
public class RuntimeFeatures implements Features {

    private final FeatureCatalogs catalogs;

    @Inject
    RuntimeFeatures(FeatureCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** For the CDI container's proxy only. */
    RuntimeFeatures() {
        this(null);
    }

    @Override
    public Registration addTool(ToolDefinition tool, ToolHandler handler) {
        ToolEntry entry = new ToolEntry(tool, (arguments, context) -> Async.run(catalogs.executor(),
                () -> handler.call(arguments, context)).thenApply(value -> value == null ? ToolResult.of()
                        : (ToolResult) value));
        return add(catalogs.tools(), tool.name(), entry, "tools");
    }

    @Override
    public Registration addResource(ResourceDefinition resource, ResourceReader reader) {
        return add(catalogs.resources(), resource.uri(), new ResourceEntry(resource, read(reader)), "resources");
    }

    @Override
    public Registration addResourceTemplate(ResourceTemplateDefinition template, ResourceReader reader) {
        TemplateEntry entry = new TemplateEntry(template, new UriTemplate(template.uriTemplate()), read(reader));
        return add(catalogs.templates(), template.uriTemplate(), entry, "resources");
    }

    @Override
    public Registration addPrompt(PromptDefinition prompt, PromptRenderer renderer) {
        PromptEntry entry = new PromptEntry(prompt, (arguments, context) -> Async.run(catalogs.executor(),
                () -> renderer.render(arguments, context)).thenApply(value -> Results.prompt(value, prompt.description())));
        return add(catalogs.prompts(), prompt.name(), entry, "prompts");
    }

    private ResourceEntry.Read read(ResourceReader reader) {
        return (uri, variables, context) -> Async.run(catalogs.executor(), () -> reader.read(uri, variables, context))
                .thenApply(value -> Results.resource(value, uri, null));
    }

    private <T> Registration add(Catalog<T> catalog, String key, T entry, String feature) {
        catalog.add(key, entry);
        catalogs.listChanged(feature);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false) && catalog.remove(key, entry)) {
                catalogs.listChanged(feature);
            }
        };
    }
}
