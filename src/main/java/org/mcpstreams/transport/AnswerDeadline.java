package org.mcpstreams.transport;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.ErrorResponse;
import org.mcpstreams.jsonrpc.JsonRpcMessage;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.protocol.Dispatcher;
import org.mcpstreams.session.Session;

/**
 * How long a request thread waits for a call answered with JSON: at most
 * {@code mcp.transport.client-request-timeout-seconds}; past that (or when the wait is
 * interrupted) the call is cancelled and answered with -32000, so that no request thread waits
 * on an application without end.
 */
final class AnswerDeadline {

    private final Dispatcher dispatcher;
    private final Duration timeout;
    private final long deadlineNanos;
    private final Consumer<Supplier<String>> timedOut;

    /**
     * A deadline {@code timeout} from now, for the answers of one request body.
     *
     * @param timedOut told of each call that had no answer in time, with its log line
     */
    AnswerDeadline(Dispatcher dispatcher, Duration timeout, Consumer<Supplier<String>> timedOut) {
        this.dispatcher = dispatcher;
        this.timeout = timeout;
        this.timedOut = timedOut;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** The answer to {@code request}, or -32000 once the deadline has passed without it. */
    JsonRpcMessage await(Session session, Request request, CompletionStage<JsonRpcMessage> answer) {
        try {
            return answer.toCompletableFuture().get(Math.max(0, deadlineNanos - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            timedOut.accept(() -> LogText.of(request.method()) + " of session " + session.id() + " had no answer within "
                    + timeout.toSeconds() + " s; cancelled");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        dispatcher.cancel(session, request.id());
        return new ErrorResponse(request.id(), ErrorCode.TRANSPORT, "No answer within " + timeout.toSeconds()
                + " seconds (mcp.transport.client-request-timeout-seconds); the request was cancelled", null);
    }
}
