package org.mcpstreams.transport;

import jakarta.ws.rs.core.Response;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import org.mcpstreams.jsonrpc.ErrorCode;

/**
 * A request refused at the HTTP level: the status, the JSON-RPC error it carries with
 * {@code "id": null}, and for a 503 how long to wait. {@link TransportExceptionMapper} writes it.
 */
public class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.StatusType status;
    private final int code;
    private final transient Duration retryAfter;
    private transient JsonValue id;
    private transient JsonValue data;

    public TransportException(Response.StatusType status, int code, String message) {
        this(status, code, message, null);
    }

    public TransportException(Response.StatusType status, int code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** A 503: the server is full, try again after {@code retryAfter}. */
    public static TransportException unavailable(String reason, Duration retryAfter) {
        return new TransportException(Response.Status.SERVICE_UNAVAILABLE, ErrorCode.TRANSPORT,
                "Service Unavailable: " + reason, retryAfter);
    }

    /** The same refusal answering the request of {@code id}, with {@code data} (either may be null). */
    public TransportException answering(JsonValue id, JsonValue data) {
        this.id = id;
        this.data = data;
        return this;
    }

    /** The id of the request refused, or null when unknown. */
    public JsonValue id() {
        return id;
    }

    /** More detail for the client, or null. */
    public JsonValue data() {
        return data;
    }

    public Response.StatusType status() {
        return status;
    }

    public int code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
