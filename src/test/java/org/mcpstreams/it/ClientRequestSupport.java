package org.mcpstreams.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import org.mcpstreams.api.ClientRequests;
import org.mcpstreams.jsonrpc.McpException;

/** Test deployments only: a component outside any call sends a request to a session's client. */
@Path("test-support/client-request")
@RequestScoped
public class ClientRequestSupport {

    @Inject
    ClientRequests clients;

    /** Answers with the client's result, or "error <code> <message>" when it failed. */
    @POST
    public void send(@QueryParam("session") String session, @QueryParam("method") String method,
            @Suspended AsyncResponse response) {
        clients.send(session, method, null).whenComplete((result, error) -> response.resume(error == null
                ? result.toString()
                : error instanceof McpException mcp ? "error " + mcp.code() + " " + mcp.getMessage()
                : "error " + error));
    }
}
