package org.mcpstreams.cluster;

import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.LocalSessionRouter;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.Resume;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** One node of an {@link InMemoryCluster}: its registry and local router, routed as cluster mode routes them. */
final class Node {

    final StreamRegistry registry;
    final LocalSessionRouter local;
    final RoutingGrid grid;
    final ClusterSessionRouter router;
    final ClusterAnswers answers;
    final ClusterSignals signals;

    Node(InMemoryCluster cluster, String member) {
        this(cluster, member, StreamLimits.DEFAULTS);
    }

    /** A node whose registry enforces {@code limits}, keeping its session GET streams' events in the cluster's replica map. */
    Node(InMemoryCluster cluster, String member, StreamLimits limits) {
        this.registry = new StreamRegistry(limits, AdjustableClock.frozen(), Runnable::run);
        this.local = registry.router();
        this.grid = cluster.join(member);
        this.router = new ClusterSessionRouter(local, grid);
        this.answers = new ClusterAnswers(grid, ClusterMode.idTag(member), Runnable::run);
        this.signals = new ClusterSignals(grid, Runnable::run);
        grid.listen(new ClusterInbox(router, answers, signals));
        local.watch(router);
        registry.replicate(new ClusterReplicas(cluster.replicas(), member));
    }

    /** Opens a GET stream of the session here; returns its id. */
    String openGet(String sessionId, RecordingSink sink) {
        return registry.open(new StreamScope(sessionId, null), StreamKind.SESSION, Priming.NONE, sink);
    }

    /** Resumes a GET stream of the session here after {@code lastEventId}. */
    Resume resumeGet(String sessionId, String lastEventId, RecordingSink sink) {
        return registry.resume(new StreamScope(sessionId, null), lastEventId, sink);
    }

    /** Opens a POST response stream of the session here; returns its id. */
    String openPost(String sessionId, RecordingSink sink) {
        return registry.open(new StreamScope(sessionId, null), StreamKind.REQUEST, Priming.NONE, sink);
    }
}
