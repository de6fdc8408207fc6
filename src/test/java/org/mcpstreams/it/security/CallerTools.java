package org.mcpstreams.it.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.mcpstreams.api.Tool;

/** A tool that tells who the container says is calling it. */
@ApplicationScoped
public class CallerTools {

    @Inject
    SecurityContext security;

    @Tool(description = "test tool whoami")
    String whoami() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }
}
