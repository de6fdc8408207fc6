package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.util.Map;

/** What one HTTP request on a {@link Conn} is told of its response, on the event loop's thread. */
interface Exchange {

    /** The status line and headers arrived; header names are lower case. */
    void headers(int status, Map<String, String> headers);

    /** Consumes {@code length} body bytes (chunk framing removed) from {@code bytes}. */
    void body(ByteBuffer bytes, int length);

    /** The body ended; the connection may carry the next request. */
    void complete();

    /** The connection closed or failed before the response was complete. */
    void failed(String reason);
}
