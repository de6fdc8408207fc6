package org.mcpstreams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** How the cluster tests read the streams of the nodes, and the messages they send and expect. */
final class ClusterStreams {

    private ClusterStreams() {
    }

    /**
     * The id and data line of the stream's next complete event that carries a message, as an SSE client
     * dispatches them (at the blank line that ends it); null once the stream ended.
     */
    static String[] nextEvent(SseConnection stream) throws InterruptedException {
        String id = null;
        String data = null;
        for (String line = stream.nextLine(); !line.equals(SseConnection.END); line = stream.nextLine()) {
            if (line.startsWith("id: ")) {
                id = line.substring("id: ".length());
            } else if (line.startsWith("data: {")) {
                data = line;
            } else if (line.isEmpty() && data != null) {
                return new String[] {id, data};
            } else if (line.isEmpty()) {
                id = null;
            }
        }
        return null;
    }

    /** Reads a stream to its end; answers the last line, {@link SseConnection#END} once it ended. */
    static String lastLine(SseConnection stream) throws InterruptedException {
        String line = stream.nextLine();
        while (!line.equals(SseConnection.END)) {
            line = stream.nextLine();
        }
        return line;
    }

    /** Opens a session's GET stream on a node, and reads its priming event, once the node holds it. */
    static SseConnection openGet(McpServer node, String session) throws Exception {
        SseConnection stream = node.openStream(session);
        assertEquals(200, stream.status());
        List<String> priming = stream.nextEvent();
        assertEquals("data: ", priming.get(priming.size() - 1), priming.toString());
        return stream;
    }

    /** The data line of the stream's next event that carries a message. */
    static String nextMessage(SseConnection stream) throws InterruptedException {
        while (true) {
            List<String> event = stream.nextEvent();
            for (String line : event) {
                if (line.startsWith("data: {")) {
                    return line;
                }
            }
            if (event.equals(List.of(SseConnection.END))) {
                throw new AssertionError("the stream ended");
            }
        }
    }

    static String toolCall(int id, String tool, String text) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":{\"text\":\"" + text + "\"}}}";
    }

    static String logLine(String text) {
        return "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\","
                + "\"data\":\"" + text + "\"}}";
    }
}
