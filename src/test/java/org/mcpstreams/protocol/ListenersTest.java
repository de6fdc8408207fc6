package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;

/** Listen streams hear only what they opted in to, and a forgotten one hears nothing more. */
class ListenersTest {

    private final StreamRegistry registry = new StreamRegistry(StreamLimits.DEFAULTS, Clock.systemUTC(), Runnable::run);
    private final Listeners listeners = new Listeners(registry);

    @Test
    void aNotificationReachesTheListenersThatAskedForIt() {
        listen("tools", Json.createObjectBuilder().add("toolsListChanged", true).build());
        listen("prompts", Json.createObjectBuilder().add("promptsListChanged", true).build());
        assertEquals(1, listeners.notify("notifications/tools/list_changed", null, null));
        assertEquals(0, listeners.notify("notifications/resources/list_changed", null, null));
    }

    @Test
    void aForgottenListenerHearsNothingMoreThoughItsStreamIsOpen() {
        String streamId = listen("tools", Json.createObjectBuilder().add("toolsListChanged", true).build());
        listeners.forget(streamId);
        assertEquals(0, listeners.notify("notifications/tools/list_changed", null, null));
    }

    @Test
    void aListenerWhoseStreamClosedIsForgottenAtItsNextNotification() {
        String streamId = listen("tools", Json.createObjectBuilder().add("toolsListChanged", true).build());
        registry.close(streamId);
        assertEquals(0, listeners.notify("notifications/tools/list_changed", null, null));
    }

    private String listen(String name, JsonObject filter) {
        String streamId = registry.createUnrouted(new StreamScope("request-" + name, null), listeners::forget);
        listeners.listen(streamId, Json.createValue(name), filter);
        return streamId;
    }
}
