package org.mcpstreams.api;

/**
 * Adds tools, resources, resource templates and prompts while the application runs, beside the
 * annotated ones. Inject it. Each change tells every session with
 * {@code notifications/tools/list_changed} (or {@code resources/}, {@code prompts/}); closing the
 * returned {@link Registration} removes what was added and tells them again.
 * <p>Handlers run on the container's managed executor and may block.
 */
public interface Features {

    /**
     * @throws IllegalArgumentException when a tool of that name exists, or its input schema
     *     marks a property with an invalid {@code x-mcp-header} (see {@link Arg#header()})
     */
    Registration addTool(ToolDefinition tool, ToolHandler handler);

    /**
     * @throws IllegalArgumentException when a resource of that URI exists
     */
    Registration addResource(ResourceDefinition resource, ResourceReader reader);

    /**
     * @throws IllegalArgumentException when a template of that URI template exists
     */
    Registration addResourceTemplate(ResourceTemplateDefinition template, ResourceReader reader);

    /**
     * @throws IllegalArgumentException when a prompt of that name exists
     */
    Registration addPrompt(PromptDefinition prompt, PromptRenderer renderer);
}
