package org.mcpstreams.stream;

import java.time.Duration;
import org.mcpstreams.it.AdjustableClock;

/** A clock that stands still until a test moves it forward, so expiry is tested without sleeping. */
final class FakeClock extends AdjustableClock {

    FakeClock() {
        super(() -> 1_700_000_000_000L);
    }

    void advance(Duration by) {
        advanceMillis(by.toMillis());
    }
}
