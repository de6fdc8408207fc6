package org.mcpstreams.features;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.protocol.CallThreads;

/**
 * The tools, resources, templates, prompts and completions on offer: the annotated ones, found
 * at deployment, and those added at runtime through {@link RuntimeFeatures}.
 */
@ApplicationScoped
public class FeatureCatalogs {

    private final BeanManager beans;
    private final Executor executor;
    private final Notifier notifier;
    private final Catalog<ToolEntry> tools = new Catalog<>("tool");
    private final Catalog<ResourceEntry> resources = new Catalog<>("resource");
    private final Catalog<TemplateEntry> templates = new Catalog<>("resource template");
    private final Catalog<PromptEntry> prompts = new Catalog<>("prompt");
    private final Map<CompleterKey, CompleterEntry> completers = new ConcurrentHashMap<>();

    @Inject
    FeatureCatalogs(BeanManager beans, CallThreads calls, Notifier notifier) {
        this(beans, (Executor) calls, notifier);
    }

    /**
     * @param executor where application code runs (the application's threads, or the caller's in tests)
     * @param notifier tells the sessions that a list changed
     */
    FeatureCatalogs(BeanManager beans, Executor executor, Notifier notifier) {
        this.beans = beans;
        this.executor = executor;
        this.notifier = notifier;
    }

    /** For the CDI container's proxy only. */
    FeatureCatalogs() {
        this(null, (Executor) null, null);
    }

    @PostConstruct
    void declare() {
        // the container's own instance: an injected one may be another
        FeatureExtension.Declared declared = beans.getExtension(FeatureExtension.class).declared();
        declared.tools.forEach(tool -> tools.add(tool.definition().name(), tool.entry(beans, executor)));
        declared.resources.forEach(resource -> resources.add(resource.definition().uri(),
                resource.entry(beans, executor)));
        declared.templates.forEach(template -> templates.add(template.definition().uriTemplate(),
                template.entry(beans, executor)));
        declared.prompts.forEach(prompt -> prompts.add(prompt.definition().name(), prompt.entry(beans, executor)));
        declared.completers.forEach(completer -> completers.put(completer.key(), completer.entry(beans, executor)));
    }

    /** Tells every session that a list changed: {@code notifications/<feature>/list_changed}. */
    void listChanged(String feature) {
        notifier.broadcast("notifications/" + feature + "/list_changed", null);
    }

    // accessors, never fields: callers hold a client proxy, whose own fields are empty
    Executor executor() {
        return executor;
    }

    Catalog<ToolEntry> tools() {
        return tools;
    }

    Catalog<ResourceEntry> resources() {
        return resources;
    }

    Catalog<TemplateEntry> templates() {
        return templates;
    }

    Catalog<PromptEntry> prompts() {
        return prompts;
    }

    Map<CompleterKey, CompleterEntry> completers() {
        return completers;
    }
}
