package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.stream.StreamRegistry;

/**
 * The {@code subscriptions/listen} streams of the stateless revision, each with the notifications
 * its client opted in to. A notification reaches every listening stream that asked for it, tagged
 * with the stream's subscription id; a stream the registry no longer has is forgotten.
 */
@ApplicationScoped
public class Listeners {

    static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private final StreamRegistry registry;
    private final Map<String, Listener> byStream = new ConcurrentHashMap<>();

    @Inject
    Listeners(StreamRegistry registry) {
        this.registry = registry;
    }

    /** For the CDI container's proxy only. */
    Listeners() {
        this(null);
    }

    /**
     * Starts listening on {@code streamId}: sends {@code notifications/subscriptions/acknowledged}
     * with the filter agreed to, before anything else.
     *
     * @param subscriptionId the id of the {@code subscriptions/listen} request
     * @param notifications the client's filter, or null for none
     */
    public void listen(String streamId, JsonValue subscriptionId, JsonObject notifications) {
        Filter filter = Filter.of(notifications == null ? JsonValue.EMPTY_JSON_OBJECT : notifications);
        Listener listener = new Listener(streamId, subscriptionId, filter);
        registry.send(streamId, listener.tagged("notifications/subscriptions/acknowledged",
                Jsonp.createObjectBuilder().add("notifications", filter.toJson()).build()));
        byStream.put(streamId, listener);
    }

    /** Whether some listener may ask for a broadcast of {@code method}: as a filter that asks for every list. */
    static boolean listensFor(String method) {
        return Filter.EVERY_LIST.wants(method, null);
    }

    /** Forgets the listener of a stream that ended. */
    public void forget(String streamId) {
        byStream.remove(streamId);
    }

    /**
     * Sends a notification to every listener that asked for it.
     *
     * @param uri the resource a {@code resources/updated} is about, else null
     * @return how many streams it went to
     */
    int notify(String method, JsonObject params, String uri) {
        int sent = 0;
        for (Listener listener : byStream.values()) {
            if (!listener.filter().wants(method, uri)) {
                continue;
            }
            if (registry.send(listener.streamId(), listener.tagged(method, params))) {
                sent++;
            } else {
                byStream.remove(listener.streamId(), listener);
            }
        }
        return sent;
    }

    private record Listener(String streamId, JsonValue subscriptionId, Filter filter) {

        String tagged(String method, JsonObject params) {
            JsonObject given = params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
            JsonObjectBuilder meta = Jsonp.createObjectBuilder(given.containsKey("_meta")
                    ? given.getJsonObject("_meta") : JsonValue.EMPTY_JSON_OBJECT).add(SUBSCRIPTION_ID, subscriptionId);
            return new Notification(method, Jsonp.createObjectBuilder(given).add("_meta", meta).build()).toJson();
        }
    }

    /** The notification types a listener opted in to. */
    record Filter(boolean tools, boolean prompts, boolean resources, Set<String> uris) {

        /** What a listener that opted in to every list change would hear of a broadcast. */
        static final Filter EVERY_LIST = new Filter(true, true, true, Set.of());

        static Filter of(JsonObject notifications) {
            Set<String> uris = notifications.get("resourceSubscriptions") instanceof JsonArray array
                    ? array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                            .collect(Collectors.toUnmodifiableSet()) : Set.of();
            return new Filter(notifications.getBoolean("toolsListChanged", false),
                    notifications.getBoolean("promptsListChanged", false),
                    notifications.getBoolean("resourcesListChanged", false), uris);
        }

        boolean wants(String method, String uri) {
            return switch (method) {
                case "notifications/tools/list_changed" -> tools;
                case "notifications/prompts/list_changed" -> prompts;
                case "notifications/resources/list_changed" -> resources;
                case "notifications/resources/updated" -> uri != null && uris.contains(uri);
                default -> false;
            };
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Jsonp.createObjectBuilder();
            if (tools) {
                json.add("toolsListChanged", true);
            }
            if (prompts) {
                json.add("promptsListChanged", true);
            }
            if (resources) {
                json.add("resourcesListChanged", true);
            }
            if (!uris.isEmpty()) {
                JsonArrayBuilder list = Jsonp.createArrayBuilder();
                uris.stream().sorted().forEach(list::add);
                json.add("resourceSubscriptions", list);
            }
            return json.build();
        }
    }
}
