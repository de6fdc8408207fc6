package org.mcpstreams.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

    private final List<String> lines = new ArrayList<>();
    private final Logger logger = Logger.getLogger("test.rate-limited." + System.nanoTime());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord line) {
            lines.add(line.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Instant now = Instant.parse("2026-12-03T12:00:00Z");

    @BeforeEach
    void record() {
        logger.setUseParentHandlers(false);
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
    }

    private RateLimitedLog log() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new RateLimitedLog(logger, Level.INFO, 2, Duration.ofSeconds(10), clock);
    }

    @Test
    void linesPastTheWindowsShareAreLeftOutAndCountedInTheNextWindowsFirstLine() {
        RateLimitedLog log = log();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            log.log(() -> "refused " + n);
        }
        now = now.plusSeconds(10);
        log.log(() -> "refused 6");
        log.log(() -> "refused 7");
        assertEquals(List.of("refused 1", "refused 2", "refused 6 (3 similar lines left out before this one)",
                "refused 7"), lines);
    }

    @Test
    void aShareBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RateLimitedLog(logger, Level.INFO, 0, Duration.ofSeconds(1), Clock.systemUTC()));
    }
}
