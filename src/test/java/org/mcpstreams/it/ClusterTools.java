package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.api.Tool;

/**
 * The cluster test's deployment only: tools whose log messages belong to no call, so that they
 * travel to the session's GET stream on whichever node holds it. "announce" tells every session,
 * "tell" the caller's session.
 */
@ApplicationScoped
public class ClusterTools {

    @Inject
    Notifier notifier;

    @Tool(description = "test tool announce: a log message to every session")
    String announce(@Arg(description = "the message") String text) {
        return "told " + notifier.broadcast("notifications/message", message(text)) + " here";
    }

    @Tool(description = "test tool tell: a log message to the caller's session, outside the call")
    String tell(@Arg(description = "the message") String text, CallContext call) {
        return notifier.notify(call.sessionId(), "notifications/message", message(text)) ? "told" : "not told";
    }

    private static JsonObject message(String text) {
        return Json.createObjectBuilder().add("level", "info").add("data", text).build();
    }
}
