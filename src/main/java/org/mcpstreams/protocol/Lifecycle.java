package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.jsonrpc.ResultResponse;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionLimitExceededException;
import org.mcpstreams.session.SessionStore;

/** {@code initialize}: negotiates the protocol version, starts the session, states capabilities. */
@ApplicationScoped
public class Lifecycle {

    static final String SERVER_NAME = "mcp-streams";
    static final String SERVER_VERSION = "0.1.0";

    private final SessionStore sessions;
    private final Dispatcher dispatcher;
    private final Instance<ServerExtension> extensions;

    @Inject
    Lifecycle(SessionStore sessions, Dispatcher dispatcher, @Any Instance<ServerExtension> extensions) {
        this.sessions = sessions;
        this.dispatcher = dispatcher;
        this.extensions = extensions;
    }

    /** For the CDI container's proxy only. */
    Lifecycle() {
        this(null, null, null);
    }

    /**
     * Starts a session for {@code user} from an {@code initialize} request.
     *
     * @throws SessionLimitExceededException when no session can be added
     */
    public Initialized initialize(Request request, String user) {
        JsonObject params = request.paramsOrEmpty();
        String asked = params.get("protocolVersion") instanceof JsonString text ? text.getString() : null;
        ProtocolVersion version = ProtocolVersion.parse(asked).filter(v -> !v.stateless())
                .orElse(ProtocolVersion.LATEST);
        Session session = sessions.create(user, version, params.getJsonObject("capabilities"),
                params.getJsonObject("clientInfo"));
        JsonObject result = Jsonp.createObjectBuilder()
                .add("protocolVersion", version.toString())
                .add("capabilities", capabilities(false))
                .add("serverInfo", Jsonp.createObjectBuilder().add("name", SERVER_NAME).add("version", SERVER_VERSION))
                .build();
        return new Initialized(session, new ResultResponse(request.id(), result));
    }

    /**
     * {@code server/discover} of the stateless revision: the versions served, the capabilities, and
     * the server's name and version in {@code _meta}.
     */
    public JsonObject discover() {
        JsonArrayBuilder versions = Jsonp.createArrayBuilder();
        ProtocolVersion.supported().forEach(versions::add);
        return StatelessAnswers.complete("server/discover", Jsonp.createObjectBuilder()
                .add("supportedVersions", versions)
                .add("capabilities", capabilities(true))
                .add("_meta", Jsonp.createObjectBuilder().add("io.modelcontextprotocol/serverInfo",
                        Jsonp.createObjectBuilder().add("name", SERVER_NAME).add("version", SERVER_VERSION)))
                .build());
    }

    /**
     * One capability per feature that has handlers (tools, resources, prompts, completions) and,
     * for sessions, logging, which the server answers itself ({@code logging/setLevel}); the
     * stateless revision has no {@code logging/setLevel}; and the extensions in use.
     */
    private JsonObject capabilities(boolean stateless) {
        JsonObjectBuilder capabilities = Jsonp.createObjectBuilder();
        var methods = dispatcher.methods();
        if (methods.contains("tools/list")) {
            capabilities.add("tools", Jsonp.createObjectBuilder().add("listChanged", true));
        }
        if (methods.contains("resources/list")) {
            // subscribe: resources/subscribe for sessions, subscriptions/listen for the stateless revision
            capabilities.add("resources", Jsonp.createObjectBuilder().add("listChanged", true)
                    .add("subscribe", methods.contains("resources/subscribe")));
        }
        if (methods.contains("prompts/list")) {
            capabilities.add("prompts", Jsonp.createObjectBuilder().add("listChanged", true));
        }
        if (!stateless) {
            capabilities.add("logging", JsonObject.EMPTY_JSON_OBJECT);
        }
        if (methods.contains("completion/complete")) {
            capabilities.add("completions", JsonObject.EMPTY_JSON_OBJECT);
        }
        JsonObjectBuilder inUse = Jsonp.createObjectBuilder();
        for (ServerExtension extension : extensions) {
            if (extension.inUse()) {
                inUse.add(extension.id(), extension.settings());
            }
        }
        JsonObject announced = inUse.build();
        if (!announced.isEmpty()) {
            capabilities.add("extensions", announced);
        }
        return capabilities.build();
    }

    /**
     * A started session and the response that carries its {@code InitializeResult}.
     */
    public record Initialized(Session session, ResultResponse response) {
    }
}
