package org.mcpstreams.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock plus an offset that tests move forward, so expiry needs no sleeping. */
public final class AdjustableClock extends Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    public void advanceMillis(long millis) {
        offsetMillis.addAndGet(millis);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis.get();
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
