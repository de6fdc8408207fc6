package org.mcpstreams.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamStats;

/**
 * Publishes the registry's gauges and counters through MicroProfile Metrics (application scope,
 * names {@code mcp_streams_*}), where operators already look: {@code /metrics} on Payara.
 * On a server without MicroProfile Metrics this bean is skipped and nothing else changes.
 */
@ApplicationScoped
public class StreamMetrics {

    @Inject
    MetricRegistry metrics;

    @Inject
    StreamRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("mcp_streams_open", "Streams open now, live or detached (what the stream cap counts)", StreamStats::open);
        gauge("mcp_streams_live", "Streams with a connection attached now", StreamStats::live);
        gauge("mcp_streams_sessions", "Sessions with a stream or held messages", StreamStats::sessions);
        gauge("mcp_streams_opened_total", "Streams opened since start", StreamStats::opened);
        gauge("mcp_streams_rejected_total", "Streams refused because the cap was reached", StreamStats::rejected);
        gauge("mcp_streams_resumed_total", "Streams resumed with Last-Event-ID", StreamStats::resumed);
        gauge("mcp_streams_replay_gap_total", "Events a resuming client missed because they were evicted",
                StreamStats::replayGap);
        gauge("mcp_streams_expired_total", "Streams closed by idle timeout or resume window", StreamStats::expired);
        gauge("mcp_streams_slow_consumer_closed_total", "Connections closed for falling behind their buffer",
                StreamStats::slowConsumerClosed);
        gauge("mcp_streams_write_failed_total", "Connections lost on a failed write", StreamStats::writeFailed);
        gauge("mcp_streams_held_dropped_total", "Messages dropped while held for a session without streams",
                StreamStats::heldDropped);
        gauge("mcp_streams_polled_total", "Connections closed at their maximum age for the client to resume",
                StreamStats::polled);
    }

    private void gauge(String name, String description, ToLongFunction<StreamStats> value) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        metrics.gauge(metadata, registry, streams -> value.applyAsLong(streams.stats()));
    }
}
