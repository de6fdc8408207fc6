package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink.Mode;
import org.mcpstreams.testsupport.RecordingSink;

/** A connection that falls further behind than the buffer holds is closed; its client resumes. */
class SlowConsumerTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry = new StreamRegistry(
            Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_EVENTS, 3).build(), AdjustableClock.frozen(),
            Runnable::run);
    private final RecordingSink stuck = new RecordingSink(Mode.ASYNC);
    private final String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, stuck);

    @Test
    void connectionBehindByNoMoreThanTheBufferStaysOpen() {
        send("a", "b", "c", "d");
        assertEquals(0, stuck.closes());
        assertEquals(0, registry.stats().slowConsumerClosed());
        assertEquals(1, registry.stats().live());
    }

    @Test
    void connectionBehindByMoreThanTheBufferIsClosed() {
        send("a", "b", "c", "d", "e");
        assertEquals(1, stuck.closes());
        assertEquals(1, registry.stats().slowConsumerClosed());
        assertEquals(0, registry.stats().live());
        assertEquals(1, registry.stats().open());
    }

    @Test
    void clientOfAClosedSlowConnectionResumesFromWhatIsKept() {
        send("a", "b", "c", "d", "e");
        RecordingSink next = new RecordingSink();
        assertEquals(new Resume.Resumed(sid, 1), registry.resume(SCOPE, stuck.lastEventId(), next));
        assertEquals(List.of(event(sid, 3, "c"), event(sid, 4, "d"), event(sid, 5, "e")), next.lines());
    }

    @Test
    void aLateCompletionOnTheClosedConnectionWritesNothingMore() {
        send("a", "b", "c", "d", "e");
        stuck.completeAll();
        assertEquals(List.of(event(sid, 1, "a")), stuck.lines());
        assertEquals(0, stuck.overlaps());
    }

    @Test
    void resumeAcrossAGapIsNotClosedBeforeItsFirstWrite() {
        ManualExecutor executor = new ManualExecutor();
        StreamRegistry bytesBound = new StreamRegistry(
                Limits.defaults().set(ConfigKeys.STREAMS_BUFFER_BYTES, 10).build(), AdjustableClock.frozen(), executor);
        String id = bytesBound.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        executor.runAll();
        bytesBound.disconnect(id);
        bytesBound.send(id, "aaaaaaaaa");
        bytesBound.send(id, "bbbbbbbbb");
        RecordingSink resumed = new RecordingSink();
        assertEquals(new Resume.Resumed(id, 1), bytesBound.resume(SCOPE, id + ":0", resumed));
        // an event arriving before the drain has run evicts nothing the connection still needs
        bytesBound.send(id, "c");
        executor.runAll();
        assertEquals(0, resumed.closes());
        assertEquals(0, bytesBound.stats().slowConsumerClosed());
        assertEquals(List.of(event(id, 2, "bbbbbbbbb"), event(id, 3, "c")), resumed.lines());
    }

    private void send(String... data) {
        for (String d : data) {
            registry.send(sid, d);
        }
    }
}
