package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ended sessions are remembered up to a bound, the oldest forgotten first. */
class EndedSessionsTest {

    @Test
    void pastTheCapacityTheOldestEndedSessionIsForgotten() {
        EndedSessions ended = new EndedSessions();
        for (int i = 0; i <= EndedSessions.CAPACITY; i++) {
            ended.add("session-" + i);
        }
        assertFalse(ended.contains("session-0"));
        assertTrue(ended.contains("session-1"));
        assertTrue(ended.contains("session-" + EndedSessions.CAPACITY));
    }

    @Test
    void aSessionEndedTwiceIsRememberedOnce() {
        EndedSessions ended = new EndedSessions();
        ended.add("twice");
        for (int i = 1; i < EndedSessions.CAPACITY; i++) {
            ended.add("session-" + i);
        }
        ended.add("twice");
        assertTrue(ended.contains("twice"));
        assertTrue(ended.contains("session-1"));
    }
}
