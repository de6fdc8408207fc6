package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.STREAMS_BUFFER_BYTES;
import static org.mcpstreams.config.ConfigKeys.STREAMS_BUFFER_EVENTS;
import static org.mcpstreams.config.ConfigKeys.STREAMS_COMPLETED_RETENTION;
import static org.mcpstreams.config.ConfigKeys.STREAMS_DELIVERY_THREADS;
import static org.mcpstreams.config.ConfigKeys.STREAMS_IDLE_TIMEOUT;
import static org.mcpstreams.config.ConfigKeys.STREAMS_KEEP_ALIVE;
import static org.mcpstreams.config.ConfigKeys.STREAMS_MAX_CONNECTION_AGE;
import static org.mcpstreams.config.ConfigKeys.STREAMS_MAX_DELIVERY_THREADS;
import static org.mcpstreams.config.ConfigKeys.STREAMS_MAX_OPEN;
import static org.mcpstreams.config.ConfigKeys.STREAMS_MAX_PER_SESSION;
import static org.mcpstreams.config.ConfigKeys.STREAMS_RECONNECT_DELAY;
import static org.mcpstreams.config.ConfigKeys.STREAMS_RESUME_WINDOW;
import static org.mcpstreams.config.ConfigKeys.STREAMS_RETRY_AFTER;
import static org.mcpstreams.config.ConfigKeys.STREAMS_SWEEP_INTERVAL;
import static org.mcpstreams.config.ConfigKeys.STREAMS_WRITE_TIMEOUT;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every limit of the stream registry, validated. Built from MicroProfile Config by
 * {@link #from(Function)}; each value is the key of {@link ConfigKeys} that its parameter links to,
 * and the constructor checks only what any value of its type must satisfy.
 *
 * @param maxOpenStreams {@link ConfigKeys#STREAMS_MAX_OPEN}; 1 or more
 * @param idleTimeout {@link ConfigKeys#STREAMS_IDLE_TIMEOUT}; zero or more, zero never
 * @param resumeWindow {@link ConfigKeys#STREAMS_RESUME_WINDOW}; zero or more
 * @param bufferEvents {@link ConfigKeys#STREAMS_BUFFER_EVENTS}; 1 or more
 * @param bufferBytes {@link ConfigKeys#STREAMS_BUFFER_BYTES}; 1 or more
 * @param keepAlive {@link ConfigKeys#STREAMS_KEEP_ALIVE}; zero or more, zero never
 * @param sweepInterval {@link ConfigKeys#STREAMS_SWEEP_INTERVAL}; 10 ms or more
 * @param retryAfter {@link ConfigKeys#STREAMS_RETRY_AFTER}; 1 s or more
 * @param completedRetention {@link ConfigKeys#STREAMS_COMPLETED_RETENTION}; zero or more
 * @param maxConnectionAge {@link ConfigKeys#STREAMS_MAX_CONNECTION_AGE}; zero or more, zero never
 * @param reconnectDelay {@link ConfigKeys#STREAMS_RECONNECT_DELAY}; zero or more, zero none
 * @param deliveryThreads {@link ConfigKeys#STREAMS_DELIVERY_THREADS}; zero or more, zero one per core
 * @param maxPerSession {@link ConfigKeys#STREAMS_MAX_PER_SESSION}; 1 or more
 * @param writeTimeout {@link ConfigKeys#STREAMS_WRITE_TIMEOUT}; positive
 * @param maxDeliveryThreads {@link ConfigKeys#STREAMS_MAX_DELIVERY_THREADS}; 1 or more
 */
public record StreamLimits(int maxOpenStreams, Duration idleTimeout, Duration resumeWindow, int bufferEvents,
        long bufferBytes, Duration keepAlive, Duration sweepInterval, Duration retryAfter,
        Duration completedRetention, Duration maxConnectionAge, Duration reconnectDelay, int deliveryThreads,
        int maxPerSession, Duration writeTimeout, int maxDeliveryThreads) {

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
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (maxOpenStreams < 1 || bufferEvents < 1 || bufferBytes < 1 || deliveryThreads < 0 || maxPerSession < 1
                || maxDeliveryThreads < 1) {
            throw new IllegalArgumentException(
                    "stream, buffer and thread limits must be 1 or more (delivery threads 0 or more)");
        }
        if (idleTimeout.isNegative() || resumeWindow.isNegative() || keepAlive.isNegative()
                || completedRetention.isNegative() || maxConnectionAge.isNegative() || reconnectDelay.isNegative()) {
            throw new IllegalArgumentException("durations must be zero or more");
        }
        if (sweepInterval.toMillis() < 10 || retryAfter.getSeconds() < 1 || writeTimeout.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "sweepInterval must be 10 ms or more, retryAfter 1 s or more, writeTimeout 1 ms or more");
        }
    }

    /**
     * Reads and checks every stream key at once.
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
        return new StreamLimits(read.get(STREAMS_MAX_OPEN), read.get(STREAMS_IDLE_TIMEOUT),
                read.get(STREAMS_RESUME_WINDOW), read.get(STREAMS_BUFFER_EVENTS), read.get(STREAMS_BUFFER_BYTES),
                read.get(STREAMS_KEEP_ALIVE), read.get(STREAMS_SWEEP_INTERVAL), read.get(STREAMS_RETRY_AFTER),
                read.get(STREAMS_COMPLETED_RETENTION), read.get(STREAMS_MAX_CONNECTION_AGE),
                read.get(STREAMS_RECONNECT_DELAY), read.get(STREAMS_DELIVERY_THREADS),
                read.get(STREAMS_MAX_PER_SESSION), read.get(STREAMS_WRITE_TIMEOUT),
                read.get(STREAMS_MAX_DELIVERY_THREADS));
    }

    /**
     * The delivery threads to start with: {@link #deliveryThreads()}, or one per core when that is
     * zero, and never more than {@link #maxDeliveryThreads()}.
     */
    public int deliveryThreadsAtStart() {
        int wanted = deliveryThreads == 0 ? Runtime.getRuntime().availableProcessors() : deliveryThreads;
        return Math.min(wanted, maxDeliveryThreads);
    }
}
