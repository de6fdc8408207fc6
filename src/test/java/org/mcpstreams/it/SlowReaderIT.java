package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading its stream: with one delivery thread for all streams, another
 * client's events go out meanwhile (on the held thread's stand-in, or once the write times out),
 * the server's write timeout closes the stalled client's connection rather than let it hold the
 * thread, and the stalled client resumes and misses nothing. (On Open
 * Liberty, whose blocking write ignores interrupts, the thread is freed by the test server's
 * {@code httpOptions writeTimeout}; see docs/deploying.md.)
 */
class SlowReaderIT extends DeployedWarClient {

    private static final int NOTIFICATIONS = StalledReader.NOTIFICATIONS;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.mcpStreams("slow-reader", "mcp.streams.delivery-threads=1",
                "mcp.streams.write-timeout-millis=2000", "mcp.streams.sweep-interval-millis=200",
                "mcp.streams.buffer.max-bytes=67108864", "mcp.streams.buffer.max-events=1000");
    }

    @Test
    void aClientThatStopsReadingLosesItsConnectionWhileOthersAreServedAndResumesWithEveryEvent() throws Exception {
        String slow = server.newSession();
        List<StalledReader.Event> received;
        try (StalledReader stalled = StalledReader.stallAndServeAnother(server, slow,
                "another client's event went out while one client stalled")) {
            // the other client may be served on a stand-in before the write times out: stall until it does
            server.awaitStats("writeTimedOut=1", Duration.ofSeconds(20));
            received = stalled.readToEnd(Duration.ofSeconds(20));
        }
        assertTrue(received.size() < NOTIFICATIONS + 1, "the stalled client received every event before its connection closed");
        assertTrue(McpServer.shows(server.stats(), "writeTimedOut=1"), server.stats());

        StalledReader.Event last = received.get(received.size() - 1);
        List<Integer> numbers = new ArrayList<>(numbers(received.subList(1, received.size())));
        try (SseConnection resumed = server.resume(slow, last.id())) {
            while (numbers.size() < NOTIFICATIONS) {
                String data = resumed.nextEvent().stream().filter(line -> line.startsWith("data:")).findFirst().orElse("");
                if (data.contains("event ")) { // not the priming event
                    numbers.add(number(data));
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= NOTIFICATIONS; n++) {
            expected.add(n);
        }
        assertEquals(expected, numbers, "every notification exactly once, in order, across the resume");
    }

    private static List<Integer> numbers(List<StalledReader.Event> events) {
        List<Integer> numbers = new ArrayList<>();
        for (StalledReader.Event event : events) {
            numbers.add(number(event.data()));
        }
        return numbers;
    }

    /** The n of a notification whose data is "event n" and its padding. */
    private static int number(String message) {
        String marker = "\"data\":\"event ";
        int start = message.indexOf(marker) + marker.length();
        return Integer.parseInt(message.substring(start, message.indexOf(' ', start)));
    }
}
