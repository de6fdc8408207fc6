package org.mcpstreams.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.mcpstreams.config.TransportLimits;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.protocol.Dispatcher;

/**
 * Starts the {@link AnswerDeadline} of each request body answered with JSON, and counts and logs
 * (at a bounded rate: a client can cause them at will) the calls that had no answer in time.
 */
@ApplicationScoped
public class AnswerDeadlines {

    private static final RateLimitedLog LOG = RateLimitedLog.refusals(Logger.getLogger(AnswerDeadline.class.getName()));

    private final Dispatcher dispatcher;
    private final TransportLimits limits;
    private final LongAdder timedOut = new LongAdder();

    @Inject
    AnswerDeadlines(Dispatcher dispatcher, TransportLimits limits) {
        this.dispatcher = dispatcher;
        this.limits = limits;
    }

    /** For the CDI container's proxy only. */
    AnswerDeadlines() {
        this(null, null);
    }

    /** Calls answered with -32000 since start because they had no answer within the timeout. */
    public long timedOut() {
        return timedOut.sum();
    }

    /** A deadline {@code mcp.transport.client-request-timeout-seconds} from now. */
    AnswerDeadline start() {
        return new AnswerDeadline(dispatcher, limits.clientRequestTimeout(), this::timedOut);
    }

    private void timedOut(Supplier<String> line) {
        timedOut.increment();
        LOG.log(line);
    }
}
