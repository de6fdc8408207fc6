package org.mcpstreams.it.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;

/**
 * Tools that tell who the container says is calling: "whoami" at once; "hold" never answers and,
 * when cancelled, records who its cancel action ran as, which "cancelled-as" tells.
 */
@ApplicationScoped
public class CallerTools {

    @Inject
    SecurityContext security;

    private final AtomicReference<String> cancelledAs = new AtomicReference<>("none");

    @Tool(description = "test tool whoami")
    String whoami() {
        return caller();
    }

    @Tool(description = "test tool hold")
    CompletionStage<String> hold(CallContext call) {
        call.onCancel(() -> cancelledAs.set(caller()));
        return new CompletableFuture<>();
    }

    @Tool(name = "cancelled-as", description = "test tool cancelled-as")
    String cancelledAs() {
        return cancelledAs.get();
    }

    private String caller() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }
}
