package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpstreams.api.Features;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.api.Registration;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;

/** Test deployments only: adds and removes a tool at runtime, and announces resource changes. */
@Path("test-support/features")
@ApplicationScoped
public class FeatureSupportResource {

    private final Map<String, Registration> added = new ConcurrentHashMap<>();

    @Inject
    Features features;

    @Inject
    Notifier notifier;

    /** Adds a tool that answers "hello from NAME". */
    @POST
    @Path("add-tool")
    public String addTool(@QueryParam("name") String name) {
        added.put(name, features.addTool(ToolDefinition.of(name, "added at runtime",
                Json.createObjectBuilder().add("type", "object").build()), (arguments, call) -> ToolResult.text(
                        "hello from " + name)));
        return "added " + name;
    }

    @POST
    @Path("remove-tool")
    public String removeTool(@QueryParam("name") String name) {
        added.remove(name).close();
        return "removed " + name;
    }

    /** Tells the subscribers of a URI that it changed; answers how many sessions were told. */
    @POST
    @Path("resource-updated")
    public String resourceUpdated(@QueryParam("uri") String uri) {
        return Integer.toString(notifier.resourceUpdated(uri));
    }
}
