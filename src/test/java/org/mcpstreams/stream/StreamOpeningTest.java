package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

class StreamOpeningTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final StreamRegistry registry =
            new StreamRegistry(Limits.defaults().build(), AdjustableClock.frozen(), Runnable::run);

    @Test
    void primedStreamStartsWithIdZeroAndEmptyData() {
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, sink);
        assertEquals(List.of(event(sid, 0, "")), sink.lines());
    }

    @Test
    void unprimedStreamStartsWithNothing() {
        RecordingSink sink = new RecordingSink();
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, sink);
        assertEquals(List.of(), sink.lines());
    }

    @Test
    void firstRealEventHasSeqOneAfterThePrimingEvent() {
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.EVENT, sink);
        registry.send(sid, "{\"a\":1}");
        registry.send(sid, "{\"a\":2}");
        assertEquals(List.of(event(sid, 0, ""), event(sid, 1, "{\"a\":1}"), event(sid, 2, "{\"a\":2}")), sink.lines());
    }

    @Test
    void firstRealEventHasSeqOneWithoutPriming() {
        RecordingSink sink = new RecordingSink();
        String sid = registry.open(SCOPE, StreamKind.REQUEST, Priming.NONE, sink);
        registry.send(sid, "{}");
        assertEquals(List.of(event(sid, 1, "{}")), sink.lines());
    }

    @Test
    void streamIdsAreDistinctUrlSafeAndCarryAtLeast128RandomBits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String sid = registry.open(new StreamScope("s" + i, null), StreamKind.SESSION, Priming.NONE, new RecordingSink());
            assertTrue(sid.matches("[A-Za-z0-9_-]{22,}"), sid);
            assertTrue(Base64.getUrlDecoder().decode(sid).length >= 16, sid);
            ids.add(sid);
        }
        assertEquals(500, ids.size());
    }

    @Test
    void sendToAnUnknownStreamIsRefused() {
        assertEquals(false, registry.send("no-such-stream", "{}"));
    }

    @Test
    void openCountsTheStreamAsOpenAndLive() {
        registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
        StreamStats stats = registry.stats();
        assertEquals(List.of(1, 1, 1, 1L), List.of(stats.open(), stats.live(), stats.sessions(), stats.opened()));
    }
}
