package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** {@code GET /mcp} on Payara Micro, spoken to over loopback by a real HTTP client. */
class GetStreamIT extends DeployedWarClient {

    private static final String EVENT_ID = "id: ([A-Za-z0-9_-]+):(\\d+)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("streams", "mcp.streams.keep-alive-seconds=30",
                "mcp.streams.idle-timeout-seconds=600", "mcp.streams.max-connection-age-seconds=120");
    }

    @Test
    void newStreamStartsWithPrimingEventForCurrentClients() throws Exception {
        try (SseConnection stream = server.openStream(server.newSession())) {
            assertEquals(200, stream.status());
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));
            assertEquals("no-cache, no-transform", stream.header("Cache-Control"));
            assertEquals("no", stream.header("X-Accel-Buffering"));
            List<String> priming = stream.nextBlock();
            assertEquals(3, priming.size(), priming.toString());
            assertTrue(priming.get(0).matches(EVENT_ID) && priming.get(0).endsWith(":0"), priming.toString());
            assertEquals("retry: 1000", priming.get(1));
            assertEquals("data: ", priming.get(2));
        }
    }

    @Test
    void olderClientsGetHeadersAtOnceAndNoPrimingEvent() throws Exception {
        String session = server.initialize("2025-06-18");
        try (SseConnection stream = SseConnection.get(server.endpoint(),
                McpServer.streamHeaders(session, "2025-06-18"))) {
            assertEquals(200, stream.status());
            server.notify(session, 1, 1);
            List<String> first = stream.nextEvent();
            assertTrue(first.get(0).matches(EVENT_ID) && first.get(0).endsWith(":1"), first.toString());
            assertEquals(McpServer.notificationLine(1), first.get(1));
        }
    }

    @Test
    void eventsArriveInOrderWithConsecutiveIds() throws Exception {
        String session = server.newSession();
        try (SseConnection stream = server.openStream(session)) {
            String streamId = streamIdOf(stream.nextEvent());
            server.notify(session, 1, 25);
            for (int n = 1; n <= 25; n++) {
                assertEquals(List.of("id: " + streamId + ":" + n, McpServer.notificationLine(n)), stream.nextEvent());
            }
        }
    }

    @Test
    void resumeAfterCutConnectionReplaysExactlyTheMissedEventsThenLiveOnes() throws Exception {
        String session = server.newSession();
        String streamId;
        try (SseConnection first = server.openStream(session)) {
            streamId = streamIdOf(first.nextEvent());
            server.notify(session, 1, 3);
            for (int n = 1; n <= 3; n++) {
                assertEquals("id: " + streamId + ":" + n, first.nextEvent().get(0));
            }
        }
        server.notify(session, 4, 3);
        try (SseConnection resumed = server.resume(session, streamId + ":3")) {
            assertEquals(200, resumed.status());
            assertEquals(List.of("id: " + streamId + ":3", "retry: 1000", "data: "), resumed.nextEvent());
            for (int n = 4; n <= 6; n++) {
                assertEquals(List.of("id: " + streamId + ":" + n, McpServer.notificationLine(n)), resumed.nextEvent());
            }
            server.notify(session, 7, 1);
            assertEquals(List.of("id: " + streamId + ":7", McpServer.notificationLine(7)), resumed.nextEvent());
        }
    }

    @Test
    void unknownSessionIsNotFound() throws Exception {
        try (SseConnection refused = SseConnection.get(server.endpoint(),
                McpServer.streamHeaders("no-such-session", "2025-11-25"))) {
            assertEquals(404, refused.status());
            assertJsonEquals("""
                    {
                        "jsonrpc": "2.0",
                        "id": null,
                        "error": {"code": -32001, "message": "Session not found: initialize a new session"}
                    }
                    """, refused.body());
        }
    }

    @Test
    void connectionIsClosedAtItsMaximumAgeAndTheClientResumesWhereItWas() throws Exception {
        String session = server.newSession();
        String streamId;
        try (SseConnection stream = server.openStream(session)) {
            streamId = streamIdOf(stream.nextEvent());
            server.notify(session, 1, 1);
            assertEquals("id: " + streamId + ":1", stream.nextEvent().get(0));
            server.advanceClock(121);
            List<String> rest = stream.nextBlock();
            while (!rest.equals(List.of(SseConnection.END))) {
                assertEquals(List.of(": keep-alive"), rest);
                rest = stream.nextBlock();
            }
        }
        server.notify(session, 2, 1);
        try (SseConnection resumed = server.resume(session, streamId + ":1")) {
            assertEquals(List.of("id: " + streamId + ":1", "retry: 1000", "data: "), resumed.nextEvent());
            assertEquals(List.of("id: " + streamId + ":2", McpServer.notificationLine(2)), resumed.nextEvent());
        }
    }

    @Test
    void malformedLastEventIdIsRefusedWithJsonRpcError() throws Exception {
        try (SseConnection refused = server.resume(server.newSession(), "no-sequence-number")) {
            assertEquals(400, refused.status());
            assertTrue(refused.header("Content-Type").startsWith("application/json"));
            assertJsonEquals("""
                    {
                        "jsonrpc": "2.0",
                        "id": null,
                        "error": {
                            "code": -32000,
                            "message": "Bad Request: Last-Event-ID is not an event id of this server: no-sequence-number"
                        }
                    }
                    """, refused.body());
        }
    }

    @Test
    void unknownLastEventIdOpensAFreshStreamWithoutReplay() throws Exception {
        try (SseConnection fresh = server.resume(server.newSession(), "NoSuchStream:4")) {
            assertEquals(200, fresh.status());
            List<String> priming = fresh.nextEvent();
            assertNotEquals("NoSuchStream", streamIdOf(priming));
            assertEquals("data: ", priming.get(2));
        }
    }

    @Test
    void anotherSessionsStreamIsNeverReplayed() throws Exception {
        String owner = server.newSession();
        try (SseConnection stream = server.openStream(owner)) {
            String streamId = streamIdOf(stream.nextEvent());
            server.notify(owner, 1, 2);
            stream.nextEvent();
            stream.nextEvent();
            String intruder = server.newSession();
            try (SseConnection other = server.resume(intruder, streamId + ":0")) {
                assertEquals(200, other.status());
                List<String> priming = other.nextEvent();
                assertNotEquals(streamId, streamIdOf(priming));
                server.notify(intruder, 1, 1);
                assertEquals(List.of("id: " + streamIdOf(priming) + ":1", McpServer.notificationLine(1)), other.nextEvent());
            }
        }
    }

    @Test
    void keepAliveCommentArrivesAfterTheIntervalWithoutWrites() throws Exception {
        try (SseConnection stream = server.openStream(server.newSession())) {
            stream.nextEvent();
            server.advanceClock(31);
            assertEquals(List.of(": keep-alive"), stream.nextBlock());
        }
    }

    @Test
    void idleStreamIsExpiredAndItsConnectionClosed() throws Exception {
        try (SseConnection stream = server.openStream(server.newSession())) {
            stream.nextEvent();
            server.advanceClock(601);
            List<String> rest = stream.nextBlock();
            while (!rest.equals(List.of(SseConnection.END))) {
                assertEquals(List.of(": keep-alive"), rest);
                rest = stream.nextBlock();
            }
        }
    }

    @Test
    void missingSessionIdIsBadRequest() throws Exception {
        try (SseConnection refused = SseConnection.get(server.endpoint(), Map.of("Accept", "text/event-stream"))) {
            assertEquals(400, refused.status());
            assertJsonEquals("""
                    {
                        "jsonrpc": "2.0",
                        "id": null,
                        "error": {
                            "code": -32000,
                            "message": "%s"
                        }
                    }
                    """.formatted("Bad Request: the Mcp-Session-Id header is required; send initialize first to start a session"),
                    refused.body());
        }
    }

    @Test
    void clientThatDoesNotAcceptEventStreamIsNotAcceptable() throws Exception {
        try (SseConnection refused = SseConnection.get(server.endpoint(),
                Map.of("Accept", "application/json", "Mcp-Session-Id", server.newSession()))) {
            assertEquals(406, refused.status());
            assertTrue(refused.body().contains("\"code\":-32000"));
        }
    }

    @Test
    void unsupportedProtocolVersionIsBadRequest() throws Exception {
        try (SseConnection refused = SseConnection.get(server.endpoint(),
                McpServer.streamHeaders(server.newSession(), "1999-01-01"))) {
            assertEquals(400, refused.status());
            assertJsonEquals("""
                    {
                        "jsonrpc": "2.0",
                        "id": null,
                        "error": {
                            "code": -32022,
                            "message": "Unsupported protocol version: 1999-01-01",
                            "data": {
                                "supported": ["2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"],
                                "requested": "1999-01-01"
                            }
                        }
                    }
                    """, refused.body());
        }
    }

    private static String streamIdOf(List<String> event) {
        String id = event.get(0);
        assertTrue(id.matches(EVENT_ID), event.toString());
        return id.substring("id: ".length(), id.lastIndexOf(':'));
    }
}
