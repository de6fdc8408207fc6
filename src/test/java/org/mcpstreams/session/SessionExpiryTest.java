package org.mcpstreams.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;

/** Sessions end when idle too long or never initialized, and their streams end with them. */
class SessionExpiryTest {

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run);

    @Test
    void initializedSessionIdleForTheTimeoutIsNotFound() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = initialized(store);
        clock.advance(Duration.ofSeconds(1_800));
        assertEquals(Optional.empty(), store.find(session.id(), null));
    }

    @Test
    void initializedSessionIdleJustUnderTheTimeoutIsFound() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = initialized(store);
        clock.advance(Duration.ofMillis(1_799_999));
        assertTrue(store.find(session.id(), null).isPresent());
    }

    @Test
    void eachUseRestartsTheIdleTimeout() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = initialized(store);
        clock.advance(Duration.ofSeconds(1_000));
        store.find(session.id(), null);
        clock.advance(Duration.ofSeconds(1_000));
        assertTrue(store.find(session.id(), null).isPresent());
    }

    @Test
    void zeroIdleTimeoutNeverExpiresAnInitializedSession() {
        SessionStore store = store(Duration.ZERO);
        Session session = initialized(store);
        clock.advance(Duration.ofDays(365));
        assertTrue(store.find(session.id(), null).isPresent());
    }

    @Test
    void sessionNeverInitializedEndsAfterTheInitializeTimeout() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Optional.empty(), store.find(session.id(), null));
    }

    @Test
    void sessionNeverInitializedEndsEvenWhileUsed() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        clock.advance(Duration.ofSeconds(30));
        store.find(session.id(), null);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), store.find(session.id(), null));
    }

    @Test
    void initializedSessionOutlivesTheInitializeTimeout() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = initialized(store);
        clock.advance(Duration.ofSeconds(61));
        assertTrue(store.find(session.id(), null).isPresent());
    }

    @Test
    void sweepEndsDueSessionsAndFreesTheirSlots() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        initialized(store);
        store.create(null, ProtocolVersion.LATEST, null, null);
        clock.advance(Duration.ofSeconds(60));
        store.sweep();
        assertEquals(1, store.size());
    }

    @Test
    void endingASessionClosesItsStreams() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = initialized(store);
        RecordingSink sink = new RecordingSink();
        registry.open(new StreamScope(session.id(), null), StreamKind.SESSION, Priming.NONE, sink);
        store.end(session.id(), null);
        assertEquals(1, sink.closes());
        assertEquals(0, registry.stats().open());
    }

    @Test
    void endingASessionLeavesOtherSessionsStreamsOpen() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session ended = initialized(store);
        Session other = initialized(store);
        RecordingSink sink = new RecordingSink();
        registry.open(new StreamScope(other.id(), null), StreamKind.SESSION, Priming.NONE, sink);
        store.end(ended.id(), null);
        assertEquals(0, sink.closes());
        assertEquals(1, registry.stats().open());
    }

    @Test
    void expiredSessionsStreamsAreClosedBySweep() {
        SessionStore store = store(Duration.ofSeconds(1_800));
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        RecordingSink sink = new RecordingSink();
        registry.open(new StreamScope(session.id(), null), StreamKind.SESSION, Priming.NONE, sink);
        clock.advance(Duration.ofSeconds(60));
        store.sweep();
        assertEquals(1, sink.closes());
        assertEquals(0, registry.stats().open());
    }

    private SessionStore store(Duration idleTimeout) {
        return new SessionStore(new SessionLimits(10, idleTimeout, Duration.ofSeconds(60), 100, 16), StreamLimits.DEFAULTS,
                clock, registry.router());
    }

    private static Session initialized(SessionStore store) {
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        store.initialized(session);
        return session;
    }
}
