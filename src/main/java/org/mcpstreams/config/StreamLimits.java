package org.mcpstreams.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every limit of the stream registry, validated. Built from MicroProfile Config by
 * {@link #from(Function)}; the keys, defaults and meanings are in the README.
 *
 * @param maxOpenStreams streams open at once, live or detached; 1 or more
 * @param idleTimeout a stream with no event for this long is closed; {@link Duration#ZERO} never
 * @param resumeWindow how long a stream whose connection dropped stays resumable; zero or more
 * @param bufferEvents events each stream retains for delivery and replay; 1 or more
 * @param bufferBytes bytes of message data each stream retains; 1 or more
 * @param keepAlive a comment is written after this long without a write; {@link Duration#ZERO} never
 * @param sweepInterval how often expiry and keep-alive are checked; 10 ms or more
 * @param retryAfter what a 503 for a full registry tells the client to wait; 1 s or more
 * @param completedRetention how long a stream whose final event (a response) was written stays
 *     resumable, for a client whose connection died unnoticed; zero or more
 * @param maxConnectionAge for clients on 2025-11-25 or later: a connection this old is closed
 *     between two events and the client resumes (SSE polling); {@link Duration#ZERO} never
 * @param reconnectDelay the {@code retry:} sent in priming events; {@link Duration#ZERO} none
 * @param deliveryThreads how many threads write events to connections, for all streams; 1 or more
 */
public record StreamLimits(int maxOpenStreams, Duration idleTimeout, Duration resumeWindow, int bufferEvents,
        long bufferBytes, Duration keepAlive, Duration sweepInterval, Duration retryAfter,
        Duration completedRetention, Duration maxConnectionAge, Duration reconnectDelay, int deliveryThreads) {

    public static final String MAX_OPEN = "mcp.streams.max-open";
    public static final String IDLE_TIMEOUT = "mcp.streams.idle-timeout-seconds";
    public static final String RESUME_WINDOW = "mcp.streams.resume-window-seconds";
    public static final String BUFFER_EVENTS = "mcp.streams.buffer.max-events";
    public static final String BUFFER_BYTES = "mcp.streams.buffer.max-bytes";
    public static final String KEEP_ALIVE = "mcp.streams.keep-alive-seconds";
    public static final String SWEEP_INTERVAL = "mcp.streams.sweep-interval-millis";
    public static final String RETRY_AFTER = "mcp.streams.retry-after-seconds";
    public static final String COMPLETED_RETENTION = "mcp.streams.completed-retention-seconds";
    public static final String MAX_CONNECTION_AGE = "mcp.streams.max-connection-age-seconds";
    public static final String RECONNECT_DELAY = "mcp.streams.reconnect-delay-millis";
    public static final String DELIVERY_THREADS = "mcp.streams.delivery-threads";

    /** The limits with every key at its default. */
    public static final StreamLimits DEFAULTS = from(key -> Optional.empty());

    public StreamLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(resumeWindow, "resumeWindow");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(completedRetention, "completedRetention");
        Objects.requireNonNull(maxConnectionAge, "maxConnectionAge");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (maxOpenStreams < 1 || bufferEvents < 1 || bufferBytes < 1 || deliveryThreads < 1) {
            throw new IllegalArgumentException("stream, buffer and thread limits must be 1 or more");
        }
        if (idleTimeout.isNegative() || resumeWindow.isNegative() || keepAlive.isNegative()
                || completedRetention.isNegative() || maxConnectionAge.isNegative() || reconnectDelay.isNegative()) {
            throw new IllegalArgumentException("durations must be zero or more");
        }
        if (sweepInterval.toMillis() < 10 || retryAfter.getSeconds() < 1) {
            throw new IllegalArgumentException("sweepInterval must be 10 ms or more, retryAfter 1 s or more");
        }
    }

    /**
     * Reads and checks every key at once.
     *
     * @param source a key's raw value, empty when it is not set
     * @throws InvalidConfigurationException naming every key whose value is not a number or is
     *     out of range
     */
    public static StreamLimits from(Function<String, Optional<String>> source) {
        ConfigReader read = new ConfigReader(source);
        StreamLimits limits = read(read);
        read.failIfInvalid();
        return limits;
    }

    /** Reads the stream keys; problems are collected in {@code read}. */
    static StreamLimits read(ConfigReader read) {
        long maxSeconds = ConfigReader.MAX_SECONDS;
        return new StreamLimits(
                read.integer(MAX_OPEN, 10_000, 1),
                Duration.ofSeconds(read.number(IDLE_TIMEOUT, 3_600, 0, maxSeconds)),
                Duration.ofSeconds(read.number(RESUME_WINDOW, 300, 0, maxSeconds)),
                read.integer(BUFFER_EVENTS, 500, 1),
                read.number(BUFFER_BYTES, 256 * 1024, 1, Long.MAX_VALUE),
                Duration.ofSeconds(read.number(KEEP_ALIVE, 15, 0, maxSeconds)),
                Duration.ofMillis(read.number(SWEEP_INTERVAL, 1_000, 10, maxSeconds * 1000)),
                Duration.ofSeconds(read.number(RETRY_AFTER, 5, 1, maxSeconds)),
                Duration.ofSeconds(read.number(COMPLETED_RETENTION, 30, 0, maxSeconds)),
                Duration.ofSeconds(read.number(MAX_CONNECTION_AGE, 0, 0, maxSeconds)),
                Duration.ofMillis(read.number(RECONNECT_DELAY, 1_000, 0, maxSeconds * 1000)),
                read.integer(DELIVERY_THREADS, 8, 1));
    }
}
