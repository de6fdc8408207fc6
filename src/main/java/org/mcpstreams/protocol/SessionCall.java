package org.mcpstreams.protocol;

import org.mcpstreams.api.CallContext;
import org.mcpstreams.session.Session;

/** The context of a request as the dispatcher makes it: it knows the request's session. */
public interface SessionCall extends CallContext {

    /** The session of the request; in the stateless revision, the request's own. */
    Session session();
}
