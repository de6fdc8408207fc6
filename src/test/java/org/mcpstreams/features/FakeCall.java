package org.mcpstreams.features;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.api.CallContext;

/** A call of a fixed session that sends nothing: what a feature method is given as its context. */
final class FakeCall implements CallContext {

    private final String sessionId;

    FakeCall(String sessionId) {
        this.sessionId = sessionId;
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public String protocolVersion() {
        return "2025-11-25";
    }

    @Override
    public JsonObject clientCapabilities() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    @Override
    public void progress(double progress, Double total, String message) {
    }

    @Override
    public void log(String level, JsonValue data) {
    }

    @Override
    public CompletionStage<JsonObject> request(String key, String method, JsonObject params) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(method));
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void onCancel(Runnable action) {
    }

    @Override
    public String toString() {
        return "call of " + sessionId;
    }
}
