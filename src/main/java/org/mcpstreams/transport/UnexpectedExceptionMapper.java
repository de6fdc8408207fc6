package org.mcpstreams.transport;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpstreams.jsonrpc.ErrorBody;
import org.mcpstreams.jsonrpc.ErrorCode;

/** A failure nobody expected: logged in full under an incident id, answered 500 without a trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Internal error " + incident + " while serving an MCP request", failure);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(ErrorCode.INTERNAL_ERROR, "Internal error " + incident).toString())
                .build();
    }
}
