package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.PostBody;
import org.mcpstreams.jsonrpc.Request;

/** A batch may hold {@code mcp.transport.max-batch} messages; a larger one is refused whole, and counted. */
class BatchLimitTest {

    private final BodyRefusals refusals = new BodyRefusals();

    @Test
    void aBatchLargerThanTheLimitIsAnInvalidRequest() {
        TransportException e = assertThrows(TransportException.class,
                () -> PostBodyFilter.requireBatchWithin(batch(4), 3, refusals));
        assertEquals(400, e.status().getStatusCode());
        assertEquals(-32600, e.code());
        assertEquals("Invalid Request: a batch of 4 messages exceeds the limit of 3", e.getMessage());
    }

    @Test
    void aBatchLargerThanTheLimitIsCountedAsRefused() {
        assertThrows(TransportException.class, () -> PostBodyFilter.requireBatchWithin(batch(4), 3, refusals));
        assertEquals(1, refusals.batches());
        assertEquals(0, refusals.tooLarge());
    }

    @Test
    void aBatchOfTheLimitIsAcceptedAndNotCounted() {
        assertDoesNotThrow(() -> PostBodyFilter.requireBatchWithin(batch(3), 3, refusals));
        assertEquals(0, refusals.batches());
    }

    @Test
    void aSingleMessageIsNoBatch() {
        assertDoesNotThrow(() -> PostBodyFilter.requireBatchWithin(new PostBody(Collections.nCopies(1, ping()), false), 0,
                refusals));
    }

    private static PostBody batch(int size) {
        return new PostBody(Collections.nCopies(size, ping()), true);
    }

    private static Request ping() {
        return new Request(Json.createValue(1), "ping", null);
    }
}
