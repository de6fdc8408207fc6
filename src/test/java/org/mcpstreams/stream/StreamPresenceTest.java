package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** What a cluster learns from the local router: GET streams coming and going, and the messages held for a session. */
class StreamPresenceTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry = new StreamRegistry(StreamLimits.DEFAULTS, AdjustableClock.frozen(), Runnable::run);
    private final LocalSessionRouter router = registry.router();
    private final List<String> told = new ArrayList<>();

    StreamPresenceTest() {
        router.watch(new StreamPresence() {
            @Override
            public void opened(String sessionId) {
                told.add("opened " + sessionId);
            }

            @Override
            public void closed(String sessionId) {
                told.add("closed " + sessionId);
            }
        });
    }

    @Test
    void theFirstGetStreamOpeningAndTheLastClosingAreTold() {
        String first = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, new RecordingSink());
        String second = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.close(first);
        assertTrue(router.hasSessionStream("session-1"));
        registry.close(second);
        assertFalse(router.hasSessionStream("session-1"));
        assertEquals(List.of("opened session-1", "opened session-1", "closed session-1"), told);
    }

    @Test
    void aResumedGetStreamIsToldOpenedAgain() {
        String id = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        registry.disconnect(id);
        registry.resume(SCOPE, id + ":0", new RecordingSink());
        assertEquals(List.of("opened session-1", "opened session-1"), told);
    }

    @Test
    void anEndedSessionsGetStreamsAreToldClosedOnce() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        router.closeSession("session-1");
        assertEquals(List.of("opened session-1", "closed session-1"), told);
    }

    @Test
    void heldMessagesAreTakenInOrderOnce() {
        router.deliver("session-1", "m1");
        router.deliver("session-1", "m2");
        assertEquals(List.of("m1", "m2"), router.takeHeld("session-1"));
        assertEquals(List.of(), router.takeHeld("session-1"));
        assertEquals(List.of(), router.takeHeld("unknown"));
    }

    @Test
    void aBroadcastToChosenSessionsLeavesTheOthersOut() {
        RecordingSink chosen = new RecordingSink();
        RecordingSink other = new RecordingSink();
        String id = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, chosen);
        registry.open(new StreamScope("session-2", null), StreamKind.SESSION, Priming.NONE, other);
        assertEquals(1, router.broadcast("m1", "session-1"::equals));
        assertEquals(List.of(RecordingSink.event(id, 1, "m1")), chosen.lines());
        assertEquals(List.of(), other.lines());
    }
}
