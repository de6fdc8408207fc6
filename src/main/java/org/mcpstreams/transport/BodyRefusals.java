package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.util.concurrent.atomic.LongAdder;
import org.mcpstreams.jsonrpc.ErrorCode;

/**
 * The {@code POST} bodies refused past a transport limit, each answered and counted: a body larger
 * than {@code mcp.transport.max-body-bytes} (413) and a batch of more than
 * {@code mcp.transport.max-batch} messages (400). {@link TransportExceptionMapper} logs them. The
 * counts are adders, updated from any request thread.
 */
@ApplicationScoped
public class BodyRefusals {

    private final LongAdder tooLarge = new LongAdder();
    private final LongAdder batches = new LongAdder();

    /** Bodies refused since start because they were larger than {@code mcp.transport.max-body-bytes}. */
    public long tooLarge() {
        return tooLarge.sum();
    }

    /** Batches refused since start because they held more than {@code mcp.transport.max-batch} messages. */
    public long batches() {
        return batches.sum();
    }

    /** The answer to a body larger than {@code maxBodyBytes}, counted. */
    TransportException bodyTooLarge(long maxBodyBytes) {
        tooLarge.increment();
        return new TransportException(Status.REQUEST_ENTITY_TOO_LARGE, ErrorCode.TRANSPORT,
                "Payload Too Large: the body exceeds " + maxBodyBytes + " bytes");
    }

    /** The answer to a batch of {@code size} messages, more than {@code maxBatch}, counted. */
    TransportException batchTooLong(int size, int maxBatch) {
        batches.increment();
        return new TransportException(Status.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "Invalid Request: a batch of "
                + size + " messages exceeds the limit of " + maxBatch);
    }
}
