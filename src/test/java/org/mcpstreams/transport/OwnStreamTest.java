package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.RecordingSink.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** A handler's call stream: its connection closes on request once primed, even if asked before it came. */
class OwnStreamTest {

    private final StreamRegistry registry = new StreamRegistry(StreamLimits.DEFAULTS, AdjustableClock.frozen(),
            Runnable::run);
    private final String streamId = registry.create(new StreamScope("session-1", null), StreamKind.REQUEST);
    private final RecordingSink sink = new RecordingSink();

    @Test
    void closeAskedBeforeTheConnectionCameClosesItRightAfterItsPrimingEventAndWhatWasSent() {
        OwnStream own = new OwnStream(registry, streamId, Priming.EVENT);
        own.send("a");
        assertTrue(own.closeConnection());
        registry.attach(streamId, Priming.EVENT, sink);
        own.attached();
        assertEquals(List.of(event(streamId, 0, ""), event(streamId, 1, "a")), sink.lines());
        assertEquals(1, sink.closes());
    }

    @Test
    void closeAskedOnceTheConnectionCameClosesItNow() {
        OwnStream own = new OwnStream(registry, streamId, Priming.EVENT);
        registry.attach(streamId, Priming.EVENT, sink);
        own.attached();
        assertTrue(own.closeConnection());
        assertEquals(1, sink.closes());
        assertFalse(own.closeConnection(), "it is gone already");
    }

    @Test
    void connectionOfAClientSentNoPrimingEventStays() {
        OwnStream own = new OwnStream(registry, streamId, Priming.NONE);
        assertFalse(own.closeConnection());
        registry.attach(streamId, Priming.NONE, sink);
        own.attached();
        assertFalse(own.closeConnection());
        assertEquals(0, sink.closes());
    }
}
