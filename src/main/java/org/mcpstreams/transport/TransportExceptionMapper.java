package org.mcpstreams.transport;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorBody;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;

/** Writes a refused request as its status and a JSON-RPC error body, and logs why. */
@Provider
public class TransportExceptionMapper implements ExceptionMapper<TransportException> {

    /** Refusals are what any client causes at will: at most 20 lines a second, the rest counted. */
    private static final RateLimitedLog LOG = RateLimitedLog.refusals(Logger.getLogger(TransportExceptionMapper.class.getName()));

    @Override
    public Response toResponse(TransportException refused) {
        LOG.log(() -> "Refused an MCP request with " + refused.status().getStatusCode() + ": "
                + LogText.of(refused.getMessage()));
        Response.ResponseBuilder response = Response.status(refused.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(refused.id(), refused.code(), refused.getMessage(), refused.data()).toString());
        refused.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
        return response.build();
    }
}
