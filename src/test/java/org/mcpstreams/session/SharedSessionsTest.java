package org.mcpstreams.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Two nodes that share one session map: any node serves any session, and an end anywhere ends it everywhere. */
class SharedSessionsTest {

    private static final SessionLimits LIMITS = new SessionLimits(10, Duration.ofSeconds(1_800),
            Duration.ofSeconds(60), 100, 16);

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final InMemorySessionMap map = new InMemorySessionMap();
    private final StreamRegistry registryA = new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run);
    private final List<SessionEnded> endedOnA = new ArrayList<>();
    private final List<SessionEnded> endedOnB = new ArrayList<>();
    private final SessionStore nodeA = node(registryA, endedOnA);
    private final SessionStore nodeB = node(new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run), endedOnB);

    @Test
    void sessionMadeOnOneNodeIsFoundOnAnotherWithWhatInitializeNegotiated() {
        Session made = nodeA.create("alice", ProtocolVersion.V2025_06_18,
                Json.createObjectBuilder().add("sampling", Json.createObjectBuilder()).build(),
                Json.createObjectBuilder().add("name", "inspector").build());
        Session found = nodeB.find(made.id(), "alice").orElseThrow();
        assertEquals("alice", found.user());
        assertEquals(ProtocolVersion.V2025_06_18, found.version());
        assertTrue(found.clientSupports("sampling"));
        assertJsonEquals("""
                {"name": "inspector"}
                """, found.clientInfo().toString());
        assertEquals(1, nodeB.size());
    }

    @Test
    void anotherUsersSessionIsNotFoundOnAnotherNode() {
        Session made = nodeA.create("alice", ProtocolVersion.LATEST, null, null);
        assertEquals(Optional.empty(), nodeB.find(made.id(), "mallory"));
        assertEquals(0, nodeB.size());
    }

    @Test
    void unknownSessionIsNotFound() {
        assertEquals(Optional.empty(), nodeB.find("unknown", null));
    }

    @Test
    void sessionEndedOnOneNodeIsNotFoundOnAnotherThatServedIt() {
        Session made = initialized(nodeA);
        nodeB.find(made.id(), null).orElseThrow();
        assertTrue(nodeA.end(made.id(), null));
        assertEquals(Optional.empty(), nodeB.find(made.id(), null));
        assertEquals(List.of(new SessionEnded(made.id())), endedOnB);
        assertEquals(0, nodeB.size());
    }

    @Test
    void sessionEndedOnAnotherNodeEndsHereAtTheNextSweepWithItsStreams() {
        Session made = initialized(nodeA);
        nodeB.find(made.id(), null).orElseThrow();
        RecordingSink sink = new RecordingSink();
        registryA.open(new StreamScope(made.id(), null), StreamKind.SESSION, Priming.NONE, sink);
        assertTrue(nodeB.end(made.id(), null));
        nodeA.sweep();
        assertEquals(1, sink.closes());
        assertEquals(List.of(new SessionEnded(made.id())), endedOnA);
        assertFalse(nodeA.isLive(made.id()));
        assertEquals(0, map.size());
    }

    @Test
    void sessionUsedOnAnotherNodeIsNotExpiredHere() {
        Session made = initialized(nodeA);
        clock.advance(Duration.ofSeconds(1_000));
        nodeB.find(made.id(), null).orElseThrow();
        clock.advance(Duration.ofSeconds(1_000));
        nodeA.sweep();
        assertTrue(nodeA.find(made.id(), null).isPresent());
        assertEquals(List.of(), endedOnA);
    }

    @Test
    void sessionIdleOnEveryNodeExpiresEverywhere() {
        Session made = initialized(nodeA);
        nodeB.find(made.id(), null).orElseThrow();
        clock.advance(Duration.ofSeconds(1_800));
        nodeA.sweep();
        nodeB.sweep();
        assertEquals(List.of(new SessionEnded(made.id())), endedOnA);
        assertEquals(List.of(new SessionEnded(made.id())), endedOnB);
        assertEquals(0, map.size());
    }

    @Test
    void initializedNotificationOnAnotherNodeCountsHere() {
        Session made = nodeA.create(null, ProtocolVersion.LATEST, null, null);
        nodeB.initialized(nodeB.find(made.id(), null).orElseThrow());
        clock.advance(Duration.ofSeconds(61));
        nodeA.sweep();
        assertTrue(nodeA.find(made.id(), null).orElseThrow().initialized());
    }

    @Test
    void sessionNeverInitializedOnAnyNodeEnds() {
        Session made = nodeA.create(null, ProtocolVersion.LATEST, null, null);
        nodeB.find(made.id(), null).orElseThrow();
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Optional.empty(), nodeA.find(made.id(), null));
        assertEquals(Optional.empty(), nodeB.find(made.id(), null));
    }

    @Test
    void logLevelSetOnOneNodeAppliesOnAnother() {
        Session made = initialized(nodeA);
        nodeB.logLevel(nodeB.find(made.id(), null).orElseThrow(), "error");
        assertEquals("error", nodeA.find(made.id(), null).orElseThrow().logLevel());
    }

    @Test
    void lastUseIsWrittenAtMostOnceASecond() {
        Session made = initialized(nodeA);
        String written = map.get(made.id());
        clock.advanceMillis(SharedSessions.USE_WRITE_INTERVAL_MILLIS - 1);
        nodeB.find(made.id(), null).orElseThrow();
        assertEquals(written, map.get(made.id()));
        clock.advanceMillis(1);
        nodeB.find(made.id(), null).orElseThrow();
        assertEquals(clock.millis(), SessionRecord.parse(map.get(made.id())).activeAtMillis());
    }

    @Test
    void fullNodeServesAnotherNodesSessionWithoutKeepingIt() {
        SessionStore full = new SessionStore(new SessionLimits(1, Duration.ofSeconds(1_800), Duration.ofSeconds(60),
                100, 16), StreamLimits.DEFAULTS, clock, new StreamRegistry(StreamLimits.DEFAULTS, clock, Runnable::run).router(),
                end -> { }, SessionSharing.over(map));
        initialized(full);
        Session made = initialized(nodeA);
        assertTrue(full.find(made.id(), null).isPresent());
        assertEquals(1, full.size());
    }

    @Test
    void recordTextStandsForTheSameRecord() {
        SessionRecord record = new SessionRecord("id", null, ProtocolVersion.V2025_03_26,
                Json.createObjectBuilder().add("roots", Json.createObjectBuilder()).build(),
                Json.createObjectBuilder().add("name", "c").build(), 1, 2, true, "debug");
        assertEquals(record, SessionRecord.parse(record.toText()));
    }

    private SessionStore node(StreamRegistry registry, List<SessionEnded> ended) {
        return new SessionStore(LIMITS, StreamLimits.DEFAULTS, clock, registry.router(), ended::add,
                SessionSharing.over(map));
    }

    private static Session initialized(SessionStore store) {
        Session session = store.create(null, ProtocolVersion.LATEST, null, null);
        store.initialized(session);
        return session;
    }
}
