package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** The cap on open streams, and what frees a slot. */
class StreamCapTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(Limits.defaults()
            .set(ConfigKeys.STREAMS_MAX_OPEN, 2)
            .set(ConfigKeys.STREAMS_RETRY_AFTER, 7)
            .set(ConfigKeys.STREAMS_RESUME_WINDOW, 300)
            .build(), clock, Runnable::run);

    @Test
    void openBeyondTheCapIsRefusedWithRetryAfter() {
        open();
        open();
        RecordingSink refused = new RecordingSink();
        StreamLimitExceededException e = assertThrows(StreamLimitExceededException.class,
                () -> registry.open(SCOPE, StreamKind.SESSION, Priming.EVENT, refused));
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertEquals(2, e.limit());
        assertEquals("Too many open streams (limit 2); retry later", e.getMessage());
        assertEquals(List.of(), refused.lines());
        assertEquals(1, registry.stats().rejected());
        assertEquals(2, registry.stats().open());
    }

    @Test
    void closingAStreamFreesASlot() {
        String first = open();
        open();
        registry.close(first);
        open();
        assertEquals(2, registry.stats().open());
    }

    @Test
    void closingASessionFreesItsSlots() {
        open();
        open();
        registry.router().closeSession("session-1");
        open();
        open();
        assertEquals(2, registry.stats().open());
    }

    @Test
    void detachedStreamWithinItsResumeWindowStillTakesASlot() {
        registry.disconnect(open());
        open();
        clock.advance(Duration.ofSeconds(299));
        assertThrows(StreamLimitExceededException.class, this::open);
    }

    @Test
    void expiredStreamsAreSweptAtOpenSoTheyDoNotBlockTheCap() {
        String detached = open();
        registry.disconnect(detached);
        open();
        clock.advance(Duration.ofSeconds(300));
        open();
        assertEquals(1, registry.stats().expired());
        assertEquals(2, registry.stats().open());
        assertEquals(new Resume.Unknown(detached + ":0"), registry.resume(SCOPE, detached + ":0", new RecordingSink()));
    }

    private String open() {
        return registry.open(SCOPE, StreamKind.SESSION, Priming.NONE, new RecordingSink());
    }
}
