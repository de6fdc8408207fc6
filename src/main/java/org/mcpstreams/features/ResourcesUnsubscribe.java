package org.mcpstreams.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.protocol.BuiltInHandler;
import org.mcpstreams.protocol.ResourceSubscriptions;

/**
 * {@code resources/unsubscribe}: the session no longer hears of changes to the URI.
 */
@ApplicationScoped
public class ResourcesUnsubscribe implements BuiltInHandler {

    private final ResourceSubscriptions subscriptions;

    @Inject
    ResourcesUnsubscribe(ResourceSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** For the CDI container's proxy only. */
    ResourcesUnsubscribe() {
        this(null);
    }

    @Override
    public String method() {
        return "resources/unsubscribe";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        subscriptions.unsubscribe(call.sessionId(), RequestParams.requiredString(params, "uri"));
        return CompletableFuture.completedFuture(JsonValue.EMPTY_JSON_OBJECT);
    }
}
