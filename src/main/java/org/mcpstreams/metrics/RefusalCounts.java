package org.mcpstreams.metrics;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.mcpstreams.protocol.CallShares;
import org.mcpstreams.protocol.PendingClientRequests;
import org.mcpstreams.protocol.ResourceSubscriptions;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.transport.AnswerDeadlines;
import org.mcpstreams.transport.BodyRefusals;

/**
 * The refusals past a share or a limit that the registry does not count, each read from the bean
 * that refuses and counts them, for {@link StreamGauge#REFUSALS}. The registry's own refusals
 * (streams, messages) are in its {@code StreamStats}.
 */
@Dependent
class RefusalCounts {

    private final CallShares calls;
    private final ResourceSubscriptions subscriptions;
    private final PendingClientRequests clientRequests;
    private final SessionStore sessions;
    private final BodyRefusals bodies;
    private final AnswerDeadlines deadlines;

    @Inject
    RefusalCounts(CallShares calls, ResourceSubscriptions subscriptions, PendingClientRequests clientRequests,
            SessionStore sessions, BodyRefusals bodies, AnswerDeadlines deadlines) {
        this.calls = calls;
        this.subscriptions = subscriptions;
        this.clientRequests = clientRequests;
        this.sessions = sessions;
        this.bodies = bodies;
        this.deadlines = deadlines;
    }

    /** Calls past a session's share ({@code mcp.features.max-calls-per-session}) or the queue. */
    long calls() {
        return calls.refused();
    }

    /** Subscriptions past a session's share ({@code mcp.sessions.max-subscriptions}). */
    long subscriptions() {
        return subscriptions.refused();
    }

    /** Requests to a client past its session's share ({@code mcp.sessions.max-pending-client-requests}). */
    long clientRequests() {
        return clientRequests.refused();
    }

    /** Sessions past the maximum of live sessions ({@code mcp.sessions.max}). */
    long sessions() {
        return sessions.refused();
    }

    /** POST bodies larger than {@code mcp.transport.max-body-bytes}. */
    long bodies() {
        return bodies.tooLarge();
    }

    /** Batches of more than {@code mcp.transport.max-batch} messages. */
    long batches() {
        return bodies.batches();
    }

    /** Calls answered with JSON that had no answer within {@code mcp.transport.client-request-timeout-seconds}. */
    long answerTimeouts() {
        return deadlines.timedOut();
    }
}
