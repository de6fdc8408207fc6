package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;

/**
 * Tools of the stateless tests: "greet" asks the user's name, "needs-sampling" requires sampling,
 * "route" takes arguments its clients mirror into headers.
 */
@ApplicationScoped
public class StatelessTools {

    @Tool(description = "test tool greet")
    CompletionStage<String> greet(CallContext call) {
        return call.request("user_name", "elicitation/create", Json.createObjectBuilder().add("message", "Your name?")
                        .add("requestedSchema", Json.createObjectBuilder().add("type", "object").add("properties",
                                Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("type", "string"))))
                        .build())
                .thenApply(answer -> "Hello, " + answer.getJsonObject("content").getString("name") + "!");
    }

    @Tool(description = "test tool route")
    String route(@Arg(header = "Region") String region, @Arg(header = "Shard") int shard) {
        return region + "/" + shard;
    }

    @Tool(name = "needs-sampling", description = "test tool needs-sampling", requires = "sampling")
    String needsSampling() {
        return "ran";
    }
}
