package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.RequestHandler;

/** Test deployments only: lists the tools of {@link TestTools}. */
@ApplicationScoped
public class TestToolList implements RequestHandler {

    @Override
    public String method() {
        return "tools/list";
    }

    @Override
    public CompletionStage<? extends JsonValue> handle(JsonObject params, CallContext call) {
        var tools = Json.createArrayBuilder();
        for (String name : new String[] {"count", "sample", "wait", "fail"}) {
            tools.add(Json.createObjectBuilder().add("name", name).add("description", "test tool " + name)
                    .add("inputSchema", Json.createObjectBuilder().add("type", "object")));
        }
        return CompletableFuture.completedFuture(Json.createObjectBuilder().add("tools", tools).build());
    }
}
