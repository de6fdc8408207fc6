package org.mcpstreams.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What one node of a cluster tells the others about the protocol's own state, beyond the messages
 * routed to streams: each kind names what a node that holds the matching state does with it.
 * Travels as JSON text ({@link #toText}, {@link #parse}), so that any field may hold anything.
 */
public sealed interface PeerSignal {

    /** The text that travels; {@link #parse} reads it back. */
    String toText();

    /**
     * Reads the text of a signal.
     *
     * @throws IllegalArgumentException when the text is no signal
     */
    static PeerSignal parse(String text) {
        JsonObject json;
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("A signal that is no JSON object", malformed);
        }
        return switch (string(json, "kind")) {
            case "cancelled" -> new Cancelled(string(json, "session"), value(json, "requestId"));
            case "subscribed" -> new Subscribed(string(json, "session"), string(json, "uri"));
            case "unsubscribed" -> new Unsubscribed(string(json, "session"), string(json, "uri"));
            case "resource-updated" -> new ResourceUpdated(string(json, "uri"));
            case "listeners" -> new ListenersNotified(string(json, "method"),
                    json.get("params") instanceof JsonObject params ? params : null);
            default -> throw new IllegalArgumentException("An unknown kind of signal");
        };
    }

    private static String string(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonString value)) {
            throw new IllegalArgumentException("A signal without its " + name);
        }
        return value.getString();
    }

    private static JsonValue value(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null) {
            throw new IllegalArgumentException("A signal without its " + name);
        }
        return value;
    }

    private static JsonObjectBuilder kind(String kind) {
        return Jsonp.createObjectBuilder().add("kind", kind);
    }

    /** The client cancelled one of its requests: the node running it cancels it. */
    record Cancelled(String sessionId, JsonValue requestId) implements PeerSignal {
        public Cancelled {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(requestId, "requestId");
        }

        @Override
        public String toText() {
            return kind("cancelled").add("session", sessionId).add("requestId", requestId).build().toString();
        }
    }

    /** The session subscribed to a resource on the telling node, which holds the subscription from now on. */
    record Subscribed(String sessionId, String uri) implements PeerSignal {
        public Subscribed {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String toText() {
            return kind("subscribed").add("session", sessionId).add("uri", uri).build().toString();
        }
    }

    /** The session unsubscribed from a resource: whichever node holds the subscription drops it. */
    record Unsubscribed(String sessionId, String uri) implements PeerSignal {
        public Unsubscribed {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String toText() {
            return kind("unsubscribed").add("session", sessionId).add("uri", uri).build().toString();
        }
    }

    /** A resource changed: each node tells the subscribers and listen streams it holds. */
    record ResourceUpdated(String uri) implements PeerSignal {
        public ResourceUpdated {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String toText() {
            return kind("resource-updated").add("uri", uri).build().toString();
        }
    }

    /** A notification for every listen stream that asked for it: each node tells those it holds. */
    record ListenersNotified(String method, JsonObject params) implements PeerSignal {
        public ListenersNotified {
            Objects.requireNonNull(method, "method");
        }

        @Override
        public String toText() {
            JsonObjectBuilder json = kind("listeners").add("method", method);
            return (params == null ? json : json.add("params", params)).build().toString();
        }
    }
}
