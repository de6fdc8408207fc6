package org.mcpstreams.features;

import org.mcpstreams.api.ResourceTemplateDefinition;

/** A resource template on offer: reads every URI its template matches. */
record TemplateEntry(ResourceTemplateDefinition definition, UriTemplate template, ResourceEntry.Read read) {
}
