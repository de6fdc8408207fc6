package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.session.SessionEnded;

/** Each session's share of subscriptions: past it, {@code resources/subscribe} is refused for that session only. */
class ResourceSubscriptionsTest {

    private final ResourceSubscriptions subscriptions = new ResourceSubscriptions(
            new SessionLimits(10, Duration.ofSeconds(1_800), Duration.ofSeconds(60), 2, 16));

    @Test
    void subscribingBeyondTheShareIsRefusedWithInvalidParams() {
        subscriptions.subscribe("greedy", "file:///a");
        subscriptions.subscribe("greedy", "file:///b");

        McpException e = assertThrows(McpException.class, () -> subscriptions.subscribe("greedy", "file:///c"));

        assertEquals(-32602, e.code());
        assertEquals("Invalid params: this session is subscribed to 2 resources, the most allowed;"
                + " unsubscribe from one first", e.getMessage());
        assertEquals(Set.of(), subscriptions.subscribers("file:///c"));
        assertEquals(1, subscriptions.refused());
    }

    @Test
    void anotherSessionStillSubscribes() {
        subscriptions.subscribe("greedy", "file:///a");
        subscriptions.subscribe("greedy", "file:///b");
        assertThrows(McpException.class, () -> subscriptions.subscribe("greedy", "file:///c"));

        subscriptions.subscribe("polite", "file:///c");

        assertEquals(Set.of("polite"), subscriptions.subscribers("file:///c"));
    }

    @Test
    void subscribingAgainToAHeldUriIsNotRefused() {
        subscriptions.subscribe("greedy", "file:///a");
        subscriptions.subscribe("greedy", "file:///b");

        subscriptions.subscribe("greedy", "file:///b");

        assertEquals(0, subscriptions.refused());
    }

    @Test
    void unsubscribingOrEndingTheSessionFreesItsShare() {
        subscriptions.subscribe("greedy", "file:///a");
        subscriptions.subscribe("greedy", "file:///b");
        subscriptions.unsubscribe("greedy", "file:///a");
        subscriptions.subscribe("greedy", "file:///c");

        subscriptions.forget(new SessionEnded("greedy"));
        subscriptions.subscribe("greedy", "file:///d");
        subscriptions.subscribe("greedy", "file:///e");

        assertEquals(Set.of(), subscriptions.subscribers("file:///c"));
        assertEquals(Set.of("greedy"), subscriptions.subscribers("file:///e"));
    }

    @Test
    void aNewSubscriptionAndAnUnsubscribeAreToldToTheOtherNodesAndARepeatedSubscribeIsNot() {
        List<PeerSignal> told = new ArrayList<>();
        PeerSignals peers = new PeerSignals() {
            @Override
            public void tell(PeerSignal signal) {
                told.add(signal);
            }

            @Override
            public void takeWith(Consumer<PeerSignal> taker) {
                // nothing is heard in this test
            }
        };
        ResourceSubscriptions node = new ResourceSubscriptions(
                new SessionLimits(10, Duration.ofSeconds(1_800), Duration.ofSeconds(60), 2, 16), peers);
        node.subscribe("s", "file:///a");
        node.subscribe("s", "file:///a");
        node.unsubscribe("s", "file:///a");
        assertEquals(List.of(new PeerSignal.Subscribed("s", "file:///a"), new PeerSignal.Unsubscribed("s", "file:///a")),
                told);
    }

    @Test
    void aSubscriptionDroppedHereIsGoneHereOnly() {
        subscriptions.subscribe("s", "file:///a");
        subscriptions.drop("s", "file:///a");
        assertEquals(Set.of(), subscriptions.subscribers("file:///a"));
        subscriptions.subscribe("s", "file:///b");
        subscriptions.subscribe("s", "file:///c");
        assertEquals(0, subscriptions.refused(), "the dropped one no longer counts against the share");
    }
}
