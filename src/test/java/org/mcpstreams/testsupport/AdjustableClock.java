package org.mcpstreams.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A clock that tests move forward, so expiry needs no sleeping: the system time plus an offset
 * (for a running server), or a fixed time (for unit tests).
 */
public final class AdjustableClock extends Clock {

    private final LongSupplier base;
    private final AtomicLong offsetMillis = new AtomicLong();

    /** The system clock, plus whatever the tests advance it by. */
    public AdjustableClock() {
        this(System::currentTimeMillis);
    }

    private AdjustableClock(LongSupplier base) {
        this.base = base;
    }

    /** A clock that stands still until a test moves it forward. */
    public static AdjustableClock frozen() {
        return new AdjustableClock(() -> 1_700_000_000_000L);
    }

    public void advanceMillis(long millis) {
        offsetMillis.addAndGet(millis);
    }

    public void advance(Duration by) {
        advanceMillis(by.toMillis());
    }

    @Override
    public long millis() {
        return base.getAsLong() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the adjustable clock is UTC only");
    }
}
