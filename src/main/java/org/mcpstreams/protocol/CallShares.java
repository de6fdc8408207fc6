package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import org.mcpstreams.config.FeatureLimits;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.session.Session;

/**
 * Each session's share of the call threads: at most {@code mcp.features.max-calls-per-session} of
 * its calls running or waiting for a thread, so that one client cannot keep every thread busy;
 * and the refusals, past a share or past the queue, answered with -32000, logged at a bounded
 * rate and counted. A session's count changes atomically on a concurrent map (one entry per
 * session with calls, none without); the refusal count is atomic.
 */
@ApplicationScoped
public class CallShares {

    /** Refusals are what a client causes at will: at most 20 lines a second, the rest counted. */
    private static final RateLimitedLog LOG = RateLimitedLog.refusals(Logger.getLogger(CallShares.class.getName()));

    private final IntSupplier perSession;
    private final IntSupplier queued;
    private final Map<String, Integer> taken = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    @Inject
    CallShares(FeatureLimits limits) {
        this(limits == null ? null : limits::maxCallsPerSession, limits == null ? null : limits::maxQueuedCalls);
    }

    /**
     * @param perSession the calls a session may have running or waiting
     * @param queued the calls that may wait for a thread, for the refusal's message
     */
    CallShares(IntSupplier perSession, IntSupplier queued) {
        this.perSession = perSession;
        this.queued = queued;
    }

    /** For the CDI container's proxy only. */
    CallShares() {
        this((IntSupplier) null, null);
    }

    /**
     * Takes one of the session's calls, when its share allows.
     *
     * @return whether it did; when not, {@link #release} must not be called for it
     */
    boolean take(String sessionId) {
        int max = perSession.getAsInt();
        AtomicBoolean took = new AtomicBoolean();
        taken.compute(sessionId, (id, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            took.set(true);
            return now + 1;
        });
        return took.get();
    }

    /** Gives back one call {@link #take} took. */
    void release(String sessionId) {
        taken.computeIfPresent(sessionId, (id, count) -> count <= 1 ? null : count - 1);
    }

    /** The session's calls running or waiting now. */
    int taken(String sessionId) {
        return taken.getOrDefault(sessionId, 0);
    }

    /** The answer to a request past its session's share, logged and counted. */
    ErrorResponse pastShare(Session session, Request request) {
        int max = perSession.getAsInt();
        return refuse(request, "Too many calls: session " + session.id() + " has " + max
                + " running or waiting (mcp.features.max-calls-per-session)",
                "Too many calls: this session has " + max + " running or waiting; retry when one has ended");
    }

    /** The answer to a request that found every thread busy and the queue full, logged and counted. */
    ErrorResponse busy(Session session, Request request) {
        return refuse(request, "Server busy: " + queued.getAsInt() + " calls wait for a thread "
                + "(mcp.features.max-queued-calls); refused one of session " + session.id(),
                "Server busy: too many calls wait for a thread; retry later");
    }

    /** Calls refused since start, past a session's share or past the queue. */
    public long refused() {
        return refused.get();
    }

    private ErrorResponse refuse(Request request, String logged, String answered) {
        refused.incrementAndGet();
        LOG.log(() -> logged + ": " + LogText.of(request.method()) + " " + LogText.of(request.id()));
        return new ErrorResponse(request.id(), ErrorCode.TRANSPORT, answered, null);
    }
}
