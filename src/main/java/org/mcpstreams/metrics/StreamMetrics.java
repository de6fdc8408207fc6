package org.mcpstreams.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.mcpstreams.stream.ContainerResources;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamStats;

/**
 * Publishes the registry's gauges and counters, and the counts of refusals kept elsewhere
 * ({@link RefusalCounts}; names {@code mcp_streams_*}), at start-up through the first metrics API the
 * server offers, where operators already look; says at start-up which one, or that there is none and
 * nothing else changes.
 */
@ApplicationScoped
public class StreamMetrics {

    private static final Logger LOG = Logger.getLogger(StreamMetrics.class.getName());

    private final Instance<GaugePublisher> publishers;
    private final StreamRegistry registry;
    private final RefusalCounts refusals;
    private final ContainerResources resources;
    private final List<Runnable> withdrawals = new CopyOnWriteArrayList<>();

    @Inject
    StreamMetrics(Instance<GaugePublisher> publishers, StreamRegistry registry, RefusalCounts refusals,
            ContainerResources resources) {
        this.publishers = publishers;
        this.registry = registry;
        this.refusals = refusals;
        this.resources = resources;
    }

    /** For the CDI container's proxy only. */
    StreamMetrics() {
        this(null, null, null, null);
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Optional<GaugePublisher> chosen = publishers.stream().filter(GaugePublisher::available)
                .min(Comparator.comparingInt(GaugePublisher::preference));
        if (chosen.isEmpty()) {
            LOG.info("mcp-streams: the server offers no metrics API (MicroProfile Metrics or Telemetry); "
                    + "the mcp_streams_* figures are not published");
            return;
        }
        for (StreamGauge<StreamStats> gauge : StreamGauge.ALL) {
            withdrawals.add(chosen.get().publish(gauge, () -> gauge.value().applyAsLong(registry.stats())));
        }
        for (StreamGauge<RefusalCounts> gauge : StreamGauge.REFUSALS) {
            withdrawals.add(chosen.get().publish(gauge, () -> gauge.value().applyAsLong(refusals)));
        }
        for (StreamGauge<ContainerResources> gauge : StreamGauge.DELIVERY) {
            withdrawals.add(chosen.get().publish(gauge, () -> gauge.value().applyAsLong(resources)));
        }
        LOG.info(() -> "mcp-streams: the mcp_streams_* figures are published through " + chosen.get().api());
    }

    /** Withdraws the figures, so that no API reads them from a stopped application. */
    @PreDestroy
    void withdraw() {
        withdrawals.forEach(Runnable::run);
        withdrawals.clear();
    }
}
