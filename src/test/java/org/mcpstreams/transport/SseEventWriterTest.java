package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.stream.EventRun;
import org.mcpstreams.stream.StreamEvent;

/** The exact SSE wire text of each kind of event MCP sends. */
class SseEventWriterTest {

    @Test
    void messageEventHasItsIdThenItsData() {
        assertEquals("id: s1:1\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"x\"}\n\n",
                SseEventWriter.format(new Event("s1:1", null, null, -1, "{\"jsonrpc\":\"2.0\",\"method\":\"x\"}")));
    }

    @Test
    void aRunOfEventsIsEachEventOneAfterTheOther() {
        EventRun run = new EventRun("s1", List.of(new StreamEvent(3, "a", 1), new StreamEvent(4, "b\nc", 3)));
        assertEquals("id: s1:3\ndata: a\n\nid: s1:4\ndata: b\ndata: c\n\n",
                SseEventWriter.format(new Event(null, null, null, -1, run)));
    }

    @Test
    void emptyDataStillGetsItsDataLine() {
        assertEquals("id: s1:0\ndata: \n\n", SseEventWriter.format(new Event("s1:0", null, null, -1, "")));
    }

    @Test
    void primingEventHasIdRetryAndEmptyData() {
        assertEquals("id: s1:0\nretry: 1000\ndata: \n\n", SseEventWriter.format(new Event("s1:0", null, null, 1_000, "")));
    }

    @Test
    void zeroReconnectDelayIsWritten() {
        assertEquals("retry: 0\ndata: \n\n", SseEventWriter.format(new Event(null, null, null, 0, "")));
    }

    @Test
    void commentIsAColonLine() {
        assertEquals(": keep-alive\n\n", SseEventWriter.format(new Event(null, null, "keep-alive", -1, null)));
    }

    @Test
    void multiLineCommentIsOneColonLinePerLine() {
        assertEquals(": a\n: b\n\n", SseEventWriter.format(new Event(null, null, "a\nb", -1, null)));
    }

    @Test
    void multiLineDataIsOneDataLinePerLine() {
        assertEquals("data: a\ndata: b\ndata: c\ndata: d\n\n",
                SseEventWriter.format(new Event(null, null, null, -1, "a\nb\r\nc\rd")));
    }

    @Test
    void trailingNewlineInDataGivesAnEmptyLastDataLine() {
        assertEquals("data: a\ndata: \n\n", SseEventWriter.format(new Event(null, null, null, -1, "a\n")));
    }

    @Test
    void nameIsWrittenAsTheEventField() {
        assertEquals("event: message\nid: s1:2\ndata: x\n\n",
                SseEventWriter.format(new Event("s1:2", "message", null, -1, "x")));
    }

    @Test
    void lineBreaksInAnIdAreRemoved() {
        assertEquals("id: s1:3\ndata: x\n\n", SseEventWriter.format(new Event("s1\r\n:3", null, null, -1, "x")));
    }

    /** An outbound event with just the fields the writer reads; no JAX-RS runtime is needed. */
    private record Event(String id, String name, String comment, long reconnectDelay, Object data)
            implements OutboundSseEvent {

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getComment() {
            return comment;
        }

        @Override
        public long getReconnectDelay() {
            return reconnectDelay;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return reconnectDelay >= 0;
        }

        @Override
        public Class<?> getType() {
            return data == null ? null : data.getClass();
        }

        @Override
        public Type getGenericType() {
            return getType();
        }

        @Override
        public MediaType getMediaType() {
            return null;
        }

        @Override
        public Object getData() {
            return data;
        }
    }
}
