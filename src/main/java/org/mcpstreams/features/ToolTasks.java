package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.protocol.ServerExtension;
import org.mcpstreams.tasks.TaskCapability;

/** The tasks extension, announced while a tool on offer may run as a task. */
@ApplicationScoped
public class ToolTasks implements ServerExtension {

    private final FeatureCatalogs catalogs;

    @Inject
    ToolTasks(FeatureCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** For the CDI container's proxy only. */
    ToolTasks() {
        this(null);
    }

    @Override
    public String id() {
        return TaskCapability.ID;
    }

    @Override
    public boolean inUse() {
        return catalogs.tools().all().stream().anyMatch(tool -> tool.taskSupport() != TaskSupport.FORBIDDEN);
    }
}
