package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/** Each session's share of the stream cap: past it, the session's own detached streams make room, or it is refused. */
class SessionShareTest {

    private static final StreamScope GREEDY = new StreamScope("greedy", null);
    private static final StreamScope POLITE = new StreamScope("polite", null);

    private final AdjustableClock clock = AdjustableClock.frozen();
    private final StreamRegistry registry = new StreamRegistry(Limits.defaults()
            .set(ConfigKeys.STREAMS_MAX_OPEN, 10)
            .set(ConfigKeys.STREAMS_MAX_PER_SESSION, 2)
            .set(ConfigKeys.STREAMS_RETRY_AFTER, 7)
            .build(), clock, Runnable::run);

    @Test
    void openBeyondTheShareClosesTheSessionsLongestDetachedStream() {
        String oldest = open(GREEDY);
        String newer = open(GREEDY);
        registry.disconnect(oldest);
        clock.advance(Duration.ofSeconds(1));
        registry.disconnect(newer);

        String third = open(GREEDY);

        assertEquals(List.of(newer, third), registry.router().streamIds("greedy", StreamKind.SESSION));
        assertEquals(new Resume.Unknown(oldest + ":0"), registry.resume(GREEDY, oldest + ":0", new RecordingSink()));
        assertEquals(2, registry.stats().open());
        assertEquals(0, registry.stats().sessionRejected());
    }

    @Test
    void openBeyondTheShareWithNoneDetachedIsRefusedForThatSessionOnly() {
        open(GREEDY);
        open(GREEDY);

        RecordingSink refused = new RecordingSink();
        StreamLimitExceededException e = assertThrows(StreamLimitExceededException.class,
                () -> registry.open(GREEDY, StreamKind.SESSION, Priming.EVENT, refused));

        assertEquals("Too many open streams in this session (limit 2); retry later", e.getMessage());
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertEquals(List.of(), refused.lines());
        assertEquals(1, registry.stats().sessionRejected());
        assertEquals(0, registry.stats().rejected());
        assertEquals(2, registry.stats().open());
        open(POLITE);
        assertEquals(3, registry.stats().open());
    }

    @Test
    void aRequestStreamCountsAgainstTheShareUntilItsResponseIsWritten() {
        String call = registry.create(GREEDY, StreamKind.REQUEST);
        registry.attach(call, Priming.NONE, new RecordingSink());
        open(GREEDY);
        assertThrows(StreamLimitExceededException.class, () -> open(GREEDY));

        registry.sendLast(call, "{\"result\":{}}");

        open(GREEDY);
        assertEquals(2, registry.stats().open());
    }

    private String open(StreamScope scope) {
        return registry.open(scope, StreamKind.SESSION, Priming.NONE, new RecordingSink());
    }
}
