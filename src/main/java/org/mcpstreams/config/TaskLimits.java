package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.TASKS_MAX;
import static org.mcpstreams.config.ConfigKeys.TASKS_MAX_PER_USER;
import static org.mcpstreams.config.ConfigKeys.TASKS_MAX_RESULT_BYTES;
import static org.mcpstreams.config.ConfigKeys.TASKS_POLL_INTERVAL;
import static org.mcpstreams.config.ConfigKeys.TASKS_TTL;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of the tasks extension ({@code io.modelcontextprotocol/tasks}).
 *
 * @param ttl {@link ConfigKeys#TASKS_TTL}; more than zero
 * @param pollInterval {@link ConfigKeys#TASKS_POLL_INTERVAL}; more than zero
 * @param max {@link ConfigKeys#TASKS_MAX}; 1 or more
 * @param maxPerUser {@link ConfigKeys#TASKS_MAX_PER_USER}; 1 or more
 * @param maxResultBytes {@link ConfigKeys#TASKS_MAX_RESULT_BYTES}; 1 or more
 */
public record TaskLimits(Duration ttl, Duration pollInterval, int max, int maxPerUser, long maxResultBytes) {

    public TaskLimits {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (ttl.isNegative() || ttl.isZero() || pollInterval.isNegative() || pollInterval.isZero() || max < 1
                || maxPerUser < 1 || maxResultBytes < 1) {
            throw new IllegalArgumentException("invalid task limits");
        }
    }

    static TaskLimits read(ConfigReader read) {
        return new TaskLimits(read.get(TASKS_TTL), read.get(TASKS_POLL_INTERVAL), read.get(TASKS_MAX),
                read.get(TASKS_MAX_PER_USER), read.get(TASKS_MAX_RESULT_BYTES));
    }
}
