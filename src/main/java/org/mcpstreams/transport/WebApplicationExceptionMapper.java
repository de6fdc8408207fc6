package org.mcpstreams.transport;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorBody;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * Gives the container's own refusals (405 for an unsupported method, 415, 404 for another path)
 * the same JSON-RPC body as ours, keeping their status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Refusals are what any client causes at will: at most 20 lines a second, the rest counted. */
    private static final RateLimitedLog LOG =
            RateLimitedLog.refusals(Logger.getLogger(WebApplicationExceptionMapper.class.getName()));

    @Override
    public Response toResponse(WebApplicationException refused) {
        Response original = refused.getResponse();
        String reason = original.getStatusInfo().getReasonPhrase();
        LOG.log(() -> "Refused an HTTP request with " + original.getStatus() + ": " + LogText.of(refused.getMessage()));
        Response.ResponseBuilder response = Response.status(original.getStatusInfo())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(ErrorCode.TRANSPORT, reason).toString());
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
