package org.mcpstreams.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Takes what the other nodes of a cluster tell ({@link PeerSignals}) from start-up on, and hands
 * each kind to the part of this node that holds the matching state: a cancellation to the
 * dispatcher, a subscription taken or ended elsewhere to the subscriptions, a resource update and a
 * list change to the notifier and the listen streams. What it hands on is never told again.
 */
@ApplicationScoped
public class PeerSignalIntake {

    private final PeerSignals peers;
    private final Dispatcher dispatcher;
    private final ResourceSubscriptions subscriptions;
    private final SessionNotifier notifier;
    private final Listeners listeners;

    @Inject
    PeerSignalIntake(PeerSignals peers, Dispatcher dispatcher, ResourceSubscriptions subscriptions,
            SessionNotifier notifier, Listeners listeners) {
        this.peers = peers;
        this.dispatcher = dispatcher;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.listeners = listeners;
    }

    /** For the CDI container's proxy only. */
    PeerSignalIntake() {
        this(null, null, null, null, null);
    }

    /** Starts taking signals once the application starts, before any request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        peers.takeWith(this::take);
    }

    private void take(PeerSignal signal) {
        if (signal instanceof PeerSignal.Cancelled cancelled) {
            dispatcher.cancelHere(cancelled.sessionId(), cancelled.requestId());
        } else if (signal instanceof PeerSignal.Subscribed subscribed) {
            subscriptions.drop(subscribed.sessionId(), subscribed.uri());
        } else if (signal instanceof PeerSignal.Unsubscribed unsubscribed) {
            subscriptions.drop(unsubscribed.sessionId(), unsubscribed.uri());
        } else if (signal instanceof PeerSignal.ResourceUpdated updated) {
            notifier.resourceUpdatedHere(updated.uri());
        } else if (signal instanceof PeerSignal.ListenersNotified notified) {
            listeners.notify(notified.method(), notified.params(), null);
        }
    }
}
