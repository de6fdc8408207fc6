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
 * {@code resources/subscribe}: the session hears {@code notifications/resources/updated} for the
 * URI whenever the application calls {@code Notifier.resourceUpdated}.
 */
@ApplicationScoped
public class ResourcesSubscribe implements BuiltInHandler {

    private final ResourceSubscriptions subscriptions;

    @Inject
    ResourcesSubscribe(ResourceSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** For the CDI container's proxy only. */
    ResourcesSubscribe() {
        this(null);
    }

    @Override
    public String method() {
        return "resources/subscribe";
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        subscriptions.subscribe(call.sessionId(), RequestParams.requiredString(params, "uri"));
        return CompletableFuture.completedFuture(JsonValue.EMPTY_JSON_OBJECT);
    }
}
