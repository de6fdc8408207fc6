package org.mcpstreams.transport;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Notification;
import org.mcpstreams.jsonrpc.PostBody;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.ProtocolVersion;

/**
 * The header rules of the stateless revision (2026-07-28), checked before a request is answered:
 * one message per POST; {@code _meta} names the protocol version (the same as the header) and the
 * client's capabilities; {@code Mcp-Method} is the body's method (a notification may leave it out)
 * and {@code Mcp-Name} the name or URI of {@code tools/call}, {@code resources/read} and
 * {@code prompts/get}, and the {@code taskId} of the tasks extension's methods when it is given.
 */
final class StatelessRules {

    static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
    static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    static final String META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    static final String METHOD = "Mcp-Method";
    static final String NAME = "Mcp-Name";
    /** Where {@code Mcp-Name} comes from, by method. */
    private static final Map<String, String> NAMED_BY = Map.of("tools/call", "name", "resources/read", "uri",
            "prompts/get", "name");
    /** Where {@code Mcp-Name} comes from for the tasks extension's methods, which may leave it out. */
    private static final Map<String, String> NAMED_IF_GIVEN_BY = Map.of("tasks/get", "taskId", "tasks/update",
            "taskId", "tasks/cancel", "taskId");

    private StatelessRules() {
    }

    /** Whether a request speaks a stateless revision, by its {@code MCP-Protocol-Version} header. */
    static boolean applies(ContainerRequestContext request) {
        String header = request.getHeaderString(McpHeaders.PROTOCOL_VERSION);
        return header != null && ProtocolVersion.parse(header.trim()).map(ProtocolVersion::stateless).orElse(false);
    }

    /**
     * @throws TransportException 400 with -32600 for a batch, -32602 for {@code _meta} without the
     *     version or capabilities, -32020 for a header that is missing or does not match
     */
    static void check(PostBody body, ContainerRequestContext request) {
        if (body.batch()) {
            throw new TransportException(Status.BAD_REQUEST, ErrorCode.INVALID_REQUEST,
                    "Invalid Request: one message per POST");
        }
        JsonRpcMessage message = body.first();
        if (message instanceof Request call) {
            checkMeta(call.id(), call.paramsOrEmpty(), request);
            checkHeaders(call.id(), call.method(), call.paramsOrEmpty(), request);
        } else if (message instanceof Notification notification && request.getHeaderString(METHOD) != null) {
            // the revision requires Mcp-Method of requests only (clients close a listen stream with a
            // notifications/cancelled that has none); one that is given must still be the method
            checkHeaders(null, notification.method(), JsonValue.EMPTY_JSON_OBJECT, request);
        }
    }

    private static void checkMeta(JsonValue id, JsonObject params, ContainerRequestContext request) {
        JsonObject meta = params.get("_meta") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        if (!(meta.get(META_VERSION) instanceof JsonString version)
                || !(meta.get(META_CAPABILITIES) instanceof JsonObject)) {
            throw new TransportException(Status.BAD_REQUEST, ErrorCode.INVALID_PARAMS, "Invalid params: _meta must"
                    + " carry " + META_VERSION + " and " + META_CAPABILITIES).answering(id, null);
        }
        String header = request.getHeaderString(McpHeaders.PROTOCOL_VERSION).trim();
        if (!version.getString().equals(header)) {
            throw mismatch(id, McpHeaders.PROTOCOL_VERSION + " " + header + " does not match _meta "
                    + META_VERSION + " " + version.getString());
        }
    }

    private static void checkHeaders(JsonValue id, String method, JsonObject params, ContainerRequestContext request) {
        String header = request.getHeaderString(METHOD);
        if (header == null || !header.trim().equals(method)) {
            throw mismatch(id, METHOD + " " + (header == null ? "is missing" : header.trim() + " does not match")
                    + " the method " + method);
        }
        String name = request.getHeaderString(NAME);
        String member = NAMED_BY.get(method);
        if (member == null) {
            member = NAMED_IF_GIVEN_BY.get(method);
            if (member == null || name == null) {
                return;
            }
        }
        String expected = params.get(member) instanceof JsonString text ? text.getString() : null;
        if (name == null || !HeaderValues.decode(name).map(value -> value.equals(expected)).orElse(false)) {
            throw mismatch(id, NAME + " " + (name == null ? "is missing" : name.strip() + " does not match")
                    + " the " + member + " " + expected);
        }
    }

    static TransportException mismatch(JsonValue id, String message) {
        return new TransportException(Status.BAD_REQUEST, ErrorCode.HEADER_MISMATCH, "Header mismatch: " + message)
                .answering(id, null);
    }
}
