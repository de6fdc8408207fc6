package org.mcpstreams.protocol;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.mcpstreams.config.McpConfig;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.session.ProtocolVersion;
import org.mcpstreams.session.Session;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.testsupport.AdjustableClock;

/** A session store with default limits and a clock that stands still, and the sessions it starts. */
final class Sessions {

    private static final Clock CLOCK = AdjustableClock.frozen();

    final SessionStore store = new SessionStore(McpConfig.DEFAULTS.sessions(), StreamLimits.DEFAULTS, CLOCK,
            new StreamRegistry(StreamLimits.DEFAULTS, CLOCK, Runnable::run).router());

    /** A session of an anonymous client on 2025-06-18 that declared {@code capabilities}. */
    Session start(JsonObject capabilities) {
        return store.create(null, ProtocolVersion.V2025_06_18, capabilities, null);
    }

    Session start() {
        return start(null);
    }

    /** Waiting client requests that time out after {@code timeout}. */
    static PendingClientRequests pending(Duration timeout) {
        return pending(timeout, McpConfig.DEFAULTS.sessions().maxPendingClientRequests());
    }

    /** Waiting client requests that time out after {@code timeout}, at most {@code perSession} for each session. */
    static PendingClientRequests pending(Duration timeout, int perSession) {
        return pending(timeout, perSession, AnswerSharing.none());
    }

    /** Waiting client requests of a node of a cluster, whose answers are shared through {@code sharing}. */
    static PendingClientRequests pending(Duration timeout, AnswerSharing sharing) {
        return pending(timeout, McpConfig.DEFAULTS.sessions().maxPendingClientRequests(), sharing);
    }

    private static PendingClientRequests pending(Duration timeout, int perSession, AnswerSharing sharing) {
        SessionLimits defaults = McpConfig.DEFAULTS.sessions();
        return new PendingClientRequests(new TransportLimits(4_194_304, timeout, List.of(), List.of(), Duration.ZERO, 50),
                new SessionLimits(defaults.maxSessions(), defaults.idleTimeout(), defaults.initializeTimeout(),
                        defaults.maxSubscriptions(), perSession), sharing);
    }
}
