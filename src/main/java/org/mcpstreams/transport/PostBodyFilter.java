package org.mcpstreams.transport;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.JsonRpcParser;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.jsonrpc.PostBody;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.protocol.Dispatcher;
import org.mcpstreams.session.ProtocolVersion;

/**
 * Reads and checks the body of every {@code POST /mcp} before a resource method is chosen:
 * {@code Accept} (406), {@code Content-Type} (415), size (413), JSON (400, -32700), JSON-RPC
 * shape and the number of messages in a batch (400, -32600); {@link BodyRefusals} counts the bodies refused past a
 * limit. It leaves the messages in {@link PostedMessages} and routes a request its handler answers to the streaming
 * method, everything else to the JSON one.
 */
@Provider
@PreMatching
public class PostBodyFilter implements ContainerRequestFilter {

    @Inject
    TransportLimits limits;

    @Inject
    Dispatcher dispatcher;

    @Inject
    PostedMessages posted;

    @Inject
    BodyRefusals refusals;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.getMethod().equals("POST") || !McpHeaders.isEndpoint(request.getUriInfo().getPath())) {
            return;
        }
        requireAccept(request.getAcceptableMediaTypes());
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new TransportException(Status.UNSUPPORTED_MEDIA_TYPE, ErrorCode.TRANSPORT,
                    "Unsupported Media Type: the body must be application/json");
        }
        PostBody body = parse(read(request));
        requireBatchWithin(body, limits.maxBatch(), refusals);
        List<JsonRpcMessage> messages = body.messages();
        String version = request.getHeaderString(McpHeaders.PROTOCOL_VERSION);
        if (version != null && ProtocolVersion.parse(version.trim()).isEmpty()) {
            throw SessionGate.unsupported(version.trim(), messages.get(0) instanceof Request call ? call.id() : null);
        }
        boolean stateless = StatelessRules.applies(request);
        if (stateless) {
            StatelessRules.check(body, request);
            if (messages.get(0) instanceof Request call) {
                MirroredHeaders.check(call.id(), dispatcher.mirroredHeaders(call), request::getHeaderString);
            }
        }
        posted.read(body, stateless);
        boolean streamed = !body.batch() && body.first() instanceof Request call && (dispatcher.streams(call)
                || stateless && call.method().equals(StatelessCalls.LISTEN));
        request.getHeaders().putSingle(HttpHeaders.ACCEPT,
                streamed ? MediaType.SERVER_SENT_EVENTS : MediaType.APPLICATION_JSON);
    }

    /**
     * @throws TransportException 400 with -32600 for a batch of more than {@code maxBatch} messages,
     *     counted in {@code refusals}
     */
    static void requireBatchWithin(PostBody body, int maxBatch, BodyRefusals refusals) {
        if (body.batch() && body.messages().size() > maxBatch) {
            throw refusals.batchTooLong(body.messages().size(), maxBatch);
        }
    }

    private static void requireAccept(List<MediaType> accepted) {
        boolean json = accepted.stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        boolean sse = accepted.stream().anyMatch(t -> t.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE));
        if (!json || !sse) {
            throw new TransportException(Status.NOT_ACCEPTABLE, ErrorCode.TRANSPORT,
                    "Not Acceptable: the client must accept both application/json and text/event-stream");
        }
    }

    private String read(ContainerRequestContext request) throws IOException {
        if (request.getLength() > limits.maxBodyBytes()) {
            throw refusals.bodyTooLarge(limits.maxBodyBytes());
        }
        try (InputStream body = request.getEntityStream()) {
            byte[] bytes = body.readNBytes((int) limits.maxBodyBytes() + 1);
            if (bytes.length > limits.maxBodyBytes()) {
                throw refusals.bodyTooLarge(limits.maxBodyBytes());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static PostBody parse(String body) {
        try {
            return JsonRpcParser.read(body);
        } catch (McpException invalid) {
            throw new TransportException(Status.BAD_REQUEST, invalid.code(), invalid.getMessage());
        }
    }
}
