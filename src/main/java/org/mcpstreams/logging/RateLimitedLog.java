package org.mcpstreams.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A log for what clients can cause at will (refused requests): at most {@code perWindow} lines
 * in each window; the lines past that are counted, and the first line of the next window says
 * how many were left out. Thread-safe; the count is the only state, guarded by this object.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final Level level;
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private Instant windowStart = Instant.MIN;
    private int written;
    private long suppressed;

    /**
     * @throws IllegalArgumentException when {@code perWindow} is less than 1 or {@code window}
     *     is not positive
     */
    public RateLimitedLog(Logger log, Level level, int perWindow, Duration window, Clock clock) {
        if (perWindow < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("perWindow must be 1 or more and window positive");
        }
        this.log = Objects.requireNonNull(log, "log");
        this.level = Objects.requireNonNull(level, "level");
        this.perWindow = perWindow;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The log of what clients are refused: at most 20 lines a second at {@code INFO}, the rest
     * counted.
     */
    public static RateLimitedLog refusals(Logger log) {
        return new RateLimitedLog(log, Level.INFO, 20, Duration.ofSeconds(1), Clock.systemUTC());
    }

    /**
     * The log of what clients cause that an operator should see (refusals past a global limit,
     * attempts on another's stream): at most 20 lines a second at {@code WARNING}, the rest counted.
     */
    public static RateLimitedLog warnings(Logger log) {
        return new RateLimitedLog(log, Level.WARNING, 20, Duration.ofSeconds(1), Clock.systemUTC());
    }

    /**
     * Logs the line unless this window's share is spent.
     *
     * @return whether the line was written
     */
    public boolean log(Supplier<String> line) {
        if (!log.isLoggable(level)) {
            return false;
        }
        long leftOut;
        synchronized (this) {
            Instant now = clock.instant();
            if (!now.isBefore(windowStart.plus(window))) {
                windowStart = now;
                written = 0;
            }
            if (written >= perWindow) {
                suppressed++;
                return false;
            }
            written++;
            leftOut = written == 1 ? suppressed : 0;
            if (written == 1) {
                suppressed = 0;
            }
        }
        String text = line.get();
        log.log(level, leftOut == 0 ? text : text + " (" + leftOut + " similar lines left out before this one)");
        return true;
    }
}
