package org.mcpstreams.metrics;

import java.util.List;
import java.util.function.ToLongFunction;
import org.mcpstreams.stream.ContainerResources;
import org.mcpstreams.stream.StreamStats;

/**
 * One of the published figures: its name, what it counts, and how to read it from its source
 * ({@code S}: the registry's {@link StreamStats}, the {@link RefusalCounts}, or the delivery threads).
 */
record StreamGauge<S>(String name, String description, ToLongFunction<S> value) {

    /** Every figure the registry publishes, named {@code mcp_streams_*} on every metrics API. */
    static final List<StreamGauge<StreamStats>> ALL = List.of(
            new StreamGauge<>("mcp_streams_open", "Streams open now, live or detached (what the stream cap counts)",
                    StreamStats::open),
            new StreamGauge<>("mcp_streams_live", "Streams with a connection attached now", StreamStats::live),
            new StreamGauge<>("mcp_streams_sessions", "Sessions with a stream or held messages", StreamStats::sessions),
            new StreamGauge<>("mcp_streams_opened_total", "Streams opened since start", StreamStats::opened),
            new StreamGauge<>("mcp_streams_rejected_total", "Streams refused because the cap was reached",
                    StreamStats::rejected),
            new StreamGauge<>("mcp_streams_session_rejected_total",
                    "Streams refused because their session held its share, none of them detached",
                    StreamStats::sessionRejected),
            new StreamGauge<>("mcp_streams_resumed_total", "Streams resumed with Last-Event-ID", StreamStats::resumed),
            new StreamGauge<>("mcp_streams_replay_gap_total", "Events a resuming client missed because they were evicted",
                    StreamStats::replayGap),
            new StreamGauge<>("mcp_streams_expired_total", "Streams closed by idle timeout or resume window",
                    StreamStats::expired),
            new StreamGauge<>("mcp_streams_slow_consumer_closed_total", "Connections closed for falling behind their buffer",
                    StreamStats::slowConsumerClosed),
            new StreamGauge<>("mcp_streams_write_failed_total", "Connections lost on a failed write",
                    StreamStats::writeFailed),
            new StreamGauge<>("mcp_streams_write_timed_out_total",
                    "Connections closed because a write to them did not finish in time", StreamStats::writeTimedOut),
            new StreamGauge<>("mcp_streams_held_dropped_total", "Messages dropped while held for a session without streams",
                    StreamStats::heldDropped),
            new StreamGauge<>("mcp_streams_polled_total", "Connections closed at their maximum age for the client to resume",
                    StreamStats::polled),
            new StreamGauge<>("mcp_streams_ended_dropped_total", "Messages dropped because their session had ended",
                    StreamStats::endedDropped),
            new StreamGauge<>("mcp_streams_too_large_total", "Messages refused because a stream's buffer could not hold them",
                    StreamStats::tooLarge));

    /** The running totals of refusals past a share or a limit that the registry does not count. */
    static final List<StreamGauge<RefusalCounts>> REFUSALS = List.of(
            new StreamGauge<>("mcp_streams_calls_refused_total",
                    "Calls refused past a session's share or with the call threads' queue full", RefusalCounts::calls),
            new StreamGauge<>("mcp_streams_subscriptions_refused_total",
                    "Resource subscriptions refused because their session held its share", RefusalCounts::subscriptions),
            new StreamGauge<>("mcp_streams_client_requests_refused_total",
                    "Requests to a client refused because its session waited for its share of answers",
                    RefusalCounts::clientRequests),
            new StreamGauge<>("mcp_streams_sessions_refused_total",
                    "Sessions refused (initialize answered 503) because the most allowed were live", RefusalCounts::sessions),
            new StreamGauge<>("mcp_streams_bodies_refused_total", "POST bodies refused (413) for being larger than allowed",
                    RefusalCounts::bodies),
            new StreamGauge<>("mcp_streams_batches_refused_total",
                    "Batches refused (400) for holding more messages than allowed", RefusalCounts::batches),
            new StreamGauge<>("mcp_streams_answer_timeouts_total",
                    "Calls answered with JSON that had no answer in time (-32000, cancelled)", RefusalCounts::answerTimeouts));

    /** The delivery threads, read from the container's resources. */
    static final List<StreamGauge<ContainerResources>> DELIVERY = List.of(
            new StreamGauge<>("mcp_streams_delivery_threads", "Delivery threads now, stand-ins for held ones included",
                    ContainerResources::deliveryThreads),
            new StreamGauge<>("mcp_streams_delivery_threads_held",
                    "Delivery threads a write to a client that stopped reading held for a sweep interval or more",
                    ContainerResources::heldDeliveryThreads));
}
