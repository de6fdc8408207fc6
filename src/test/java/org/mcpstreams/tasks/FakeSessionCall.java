package org.mcpstreams.tasks;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mcpstreams.protocol.SessionCall;
import org.mcpstreams.session.Session;

/** The context of a request of {@code session} that sends nothing and is never cancelled. */
record FakeSessionCall(Session session) implements SessionCall {

    @Override
    public String sessionId() {
        return session.id();
    }

    @Override
    public String protocolVersion() {
        return session.version().toString();
    }

    @Override
    public JsonObject clientCapabilities() {
        return session.clientCapabilities();
    }

    @Override
    public void progress(double progress, Double total, String message) {
    }

    @Override
    public void log(String level, JsonValue data) {
    }

    @Override
    public CompletionStage<JsonObject> request(String key, String method, JsonObject params) {
        return new CompletableFuture<>();
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void onCancel(Runnable action) {
    }
}
