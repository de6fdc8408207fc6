package org.mcpstreams.cluster;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where what other members tell this one arrives ({@link RoutingGrid#listen}): each kind of
 * {@link Forward} to the part of cluster mode that takes it.
 */
final class ClusterInbox implements Consumer<Forward> {

    private final ClusterSessionRouter router;
    private final ClusterAnswers answers;
    private final ClusterSignals signals;

    ClusterInbox(ClusterSessionRouter router, ClusterAnswers answers, ClusterSignals signals) {
        this.router = Objects.requireNonNull(router, "router");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.signals = Objects.requireNonNull(signals, "signals");
    }

    @Override
    public void accept(Forward forward) {
        if (forward instanceof Forward.Answer answer) {
            answers.take(answer);
        } else if (forward instanceof Forward.Signal signal) {
            signals.take(signal);
        } else {
            router.take(forward);
        }
    }
}
