package org.mcpstreams.features;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mcpstreams.api.Complete;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.Resource;
import org.mcpstreams.api.ResourceTemplate;
import org.mcpstreams.api.Tool;
import org.mcpstreams.config.ConfigKeys;

/**
 * Finds the {@link Tool}, {@link Resource}, {@link ResourceTemplate}, {@link Prompt} and
 * {@link Complete} methods of the application's beans at deployment, and fails the deployment,
 * naming every problem at once, when one of them cannot be what it is annotated as. Leaves out
 * the demo features when {@code mcp.demo.enabled} ({@link ConfigKeys#DEMO_ENABLED}) is false.
 */
public class FeatureExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(FeatureExtension.class.getName());
    private static final String DEMO_PACKAGE = "org.mcpstreams.demo.";

    private final List<BeanMethod> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Declared declared = new Declared();

    <T> void leaveOutTheDemo(@Observes ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().getJavaClass().getName().startsWith(DEMO_PACKAGE) && !demoEnabled()) {
            type.veto();
        }
    }

    <T> void find(@Observes ProcessManagedBean<T> bean) {
        for (AnnotatedMethod<? super T> method : bean.getAnnotatedBeanClass().getMethods()) {
            if (method.isAnnotationPresent(Tool.class) || method.isAnnotationPresent(Resource.class)
                    || method.isAnnotationPresent(ResourceTemplate.class) || method.isAnnotationPresent(Prompt.class)
                    || method.isAnnotationPresent(Complete.class)) {
                try {
                    found.add(new BeanMethod(bean.getBean(), method.getJavaMember()));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
    }

    void validate(@Observes AfterDeploymentValidation done) {
        declare(Tool.class, ToolMethod::of, declared.tools, tool -> "tool " + tool.definition().name(), problems);
        declare(Resource.class, ResourceMethod::of, declared.resources,
                resource -> "resource " + resource.definition().uri(), problems);
        declare(ResourceTemplate.class, TemplateMethod::of, declared.templates,
                template -> "resource template " + template.definition().uriTemplate(), problems);
        declare(Prompt.class, PromptMethod::of, declared.prompts, prompt -> "prompt " + prompt.definition().name(),
                problems);
        declare(Complete.class, CompleterMethod::of, declared.completers,
                completer -> "completion of " + completer.key(), problems);
        if (!problems.isEmpty()) {
            done.addDeploymentProblem(new DefinitionException("Invalid MCP features: " + String.join("; ", problems)));
        }
        LOG.fine(() -> "MCP features: " + declared.tools.size() + " tools, " + declared.resources.size()
                + " resources, " + declared.templates.size() + " templates, " + declared.prompts.size() + " prompts");
    }

    /** What was found, valid. */
    Declared declared() {
        return declared;
    }

    private <T> void declare(Class<? extends Annotation> annotation, Function<BeanMethod, T> build, List<T> into,
            Function<T, String> key, List<String> problems) {
        Set<String> keys = new HashSet<>();
        for (BeanMethod method : found) {
            if (!method.method().isAnnotationPresent(annotation)) {
                continue;
            }
            try {
                T item = build.apply(method);
                if (keys.add(key.apply(item))) {
                    into.add(item);
                } else {
                    problems.add("two methods declare the " + key.apply(item) + ", one is " + method);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private static boolean demoEnabled() {
        Config config = ConfigProvider.getConfig();
        return ConfigKeys.DEMO_ENABLED.valueIn(key -> config.getOptionalValue(key, String.class));
    }

    /** The annotated methods of the application, by kind. */
    static final class Declared {
        final List<ToolMethod> tools = new ArrayList<>();
        final List<ResourceMethod> resources = new ArrayList<>();
        final List<TemplateMethod> templates = new ArrayList<>();
        final List<PromptMethod> prompts = new ArrayList<>();
        final List<CompleterMethod> completers = new ArrayList<>();
    }
}
