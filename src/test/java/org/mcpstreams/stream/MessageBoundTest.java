package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** No stream keeps a message larger than its buffer: the sender is refused at once. */
class MessageBoundTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_BYTES, 10).build(), AdjustableClock.frozen(), Runnable::run);

    @Test
    void aMessageLargerThanTheBufferIsRefusedToItsSenderAndCounted() {
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        MessageTooLargeException refused = assertThrows(MessageTooLargeException.class,
                () -> registry.send(sid, "12345678901"));
        assertEquals("A message of 11 bytes exceeds the 10 bytes a stream keeps (mcp.streams.buffer.max-bytes)",
                refused.getMessage());
        assertThrows(MessageTooLargeException.class, () -> registry.router().deliver("session-1", "é".repeat(6)));
        assertThrows(MessageTooLargeException.class, () -> registry.router().broadcast("12345678901"));
        assertEquals(3, registry.stats().tooLarge());
        assertEquals(List.of(), registry.replayAfter(new EventId(sid, 0)), "nothing was kept");
    }

    @Test
    void aMessageThatFitsIsKept() {
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        assertEquals(true, registry.send(sid, "1234567890"));
        assertEquals(1, registry.replayAfter(new EventId(sid, 0)).size());
    }
}
