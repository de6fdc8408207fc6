package org.mcpstreams.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.stream.StreamRegistry;

/** Sessions get unguessable ids, belong to their user, and are counted against the cap while live. */
class SessionStoreTest {

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final SessionStore store = new SessionStore(new SessionLimits(2, Duration.ofSeconds(1_800),
            Duration.ofSeconds(60), 100, 16), StreamLimits.DEFAULTS, clock,
            new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run).router());

    @Test
    void idIs32UrlSafeBase64Characters() {
        String id = store.create(null, ProtocolVersion.LATEST, null, null).id();
        assertTrue(id.matches("[A-Za-z0-9_-]{32}"), id);
    }

    @Test
    void everySessionGetsADistinctId() {
        assertNotEquals(store.create(null, ProtocolVersion.LATEST, null, null).id(),
                store.create(null, ProtocolVersion.LATEST, null, null).id());
    }

    @Test
    void sessionKeepsWhatInitializeNegotiated() {
        Session session = store.create("alice", ProtocolVersion.V2025_06_18,
                Json.createObjectBuilder().add("sampling", Json.createObjectBuilder()).build(),
                Json.createObjectBuilder().add("name", "inspector").build());
        assertEquals("alice", session.user());
        assertEquals(ProtocolVersion.V2025_06_18, session.version());
        assertTrue(session.clientSupports("sampling"));
        assertFalse(session.clientSupports("roots"));
        assertJsonEquals("""
                {"name": "inspector"}
                """, session.clientInfo().toString());
    }

    @Test
    void endingOrExpiringASessionTellsOfItOnce() {
        List<SessionEnded> ended = new ArrayList<>();
        SessionStore told = new SessionStore(new SessionLimits(2, Duration.ofSeconds(1_800), Duration.ofSeconds(60), 100, 16),
                StreamLimits.DEFAULTS, clock,
                new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run).router(), ended::add);
        Session deleted = told.create("alice", ProtocolVersion.LATEST, null, null);
        Session neverInitialized = told.create("alice", ProtocolVersion.LATEST, null, null);
        told.end(deleted.id(), "alice");
        told.end(deleted.id(), "alice");
        clock.advance(Duration.ofSeconds(61));
        told.sweep();
        assertEquals(List.of(new SessionEnded(deleted.id()), new SessionEnded(neverInitialized.id())), ended);
    }

    @Test
    void liveSessionIsLiveWhoeverOwnsItAndEndedOneIsNot() {
        Session session = store.create("alice", ProtocolVersion.LATEST, null, null);
        assertTrue(store.isLive(session.id()));
        store.end(session.id(), "alice");
        assertFalse(store.isLive(session.id()));
        assertFalse(store.isLive("unknown"));
        assertFalse(store.isLive(null));
    }

    @Test
    void sessionIdleTooLongIsNotLive() {
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        store.initialized(session);
        clock.advance(Duration.ofSeconds(1_800));
        assertFalse(store.isLive(session.id()));
    }

    @Test
    void newSessionIsNotInitializedAndLogsFromInfo() {
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        assertFalse(session.initialized());
        assertEquals("info", session.logLevel());
    }

    /** A session is found by the user who started it, an anonymous one only without a user. */
    @ParameterizedTest(name = "started by {0}, looked up by {1}: found {2}")
    @CsvSource(nullValues = "anonymous", value = {
        "alice, alice, true",
        "alice, mallory, false",
        "alice, anonymous, false",
        "anonymous, alice, false",
        "anonymous, anonymous, true"})
    void findFindsASessionOnlyForTheUserWhoStartedIt(String owner, String caller, boolean found) {
        Session session = store.create(owner, ProtocolVersion.LATEST, null, null);
        assertSame(found ? session : null, store.find(session.id(), caller).orElse(null));
    }

    @Test
    void unknownOrNullIdFindsNothing() {
        assertEquals(Optional.empty(), store.find("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null));
        assertEquals(Optional.empty(), store.find(null, null));
    }

    @Test
    void endRemovesTheSession() {
        Session session = store.create("alice", ProtocolVersion.LATEST, null, null);
        assertTrue(store.end(session.id(), "alice"));
        assertEquals(Optional.empty(), store.find(session.id(), "alice"));
        assertEquals(0, store.size());
    }

    @Test
    void endByAnotherUserLeavesTheSessionLive() {
        Session session = store.create("alice", ProtocolVersion.LATEST, null, null);
        assertFalse(store.end(session.id(), "mallory"));
        assertSame(session, store.find(session.id(), "alice").orElseThrow());
    }

    @Test
    void endingAnEndedSessionReturnsFalse() {
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        store.end(session.id(), null);
        assertFalse(store.end(session.id(), null));
    }

    @Test
    void createBeyondTheMaximumIsRefusedWithTheRetryDelay() {
        store.create(null, ProtocolVersion.LATEST, null, null);
        store.create(null, ProtocolVersion.LATEST, null, null);
        SessionLimitExceededException e = assertThrows(SessionLimitExceededException.class,
                () -> store.create(null, ProtocolVersion.LATEST, null, null));
        assertEquals(Duration.ofSeconds(5), e.retryAfter());
        assertEquals("Too many sessions (limit 2); retry later", e.getMessage());
        assertEquals(2, store.size());
    }

    @Test
    void aSessionRefusedBeyondTheMaximumIsCounted() {
        store.create(null, ProtocolVersion.LATEST, null, null);
        store.create(null, ProtocolVersion.LATEST, null, null);
        assertEquals(0, store.refused());
        assertThrows(SessionLimitExceededException.class, () -> store.create(null, ProtocolVersion.LATEST, null, null));
        assertEquals(1, store.refused());
    }

    @Test
    void endingASessionFreesItsSlot() {
        Session first = store.create(null, ProtocolVersion.LATEST, null, null);
        store.create(null, ProtocolVersion.LATEST, null, null);
        store.end(first.id(), null);
        store.create(null, ProtocolVersion.LATEST, null, null);
        assertEquals(2, store.size());
    }

    @Test
    void createAtTheMaximumMakesRoomByExpiringDueSessions() {
        store.create(null, ProtocolVersion.LATEST, null, null);
        store.create(null, ProtocolVersion.LATEST, null, null);
        clock.advance(Duration.ofSeconds(60));
        store.create(null, ProtocolVersion.LATEST, null, null);
        assertEquals(1, store.size());
    }
}
