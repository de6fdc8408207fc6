package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.FEATURES_CALL_THREADS;
import static org.mcpstreams.config.ConfigKeys.FEATURES_MAX_CALLS_PER_SESSION;
import static org.mcpstreams.config.ConfigKeys.FEATURES_MAX_QUEUED_CALLS;
import static org.mcpstreams.config.ConfigKeys.FEATURES_PAGE_SIZE;

/**
 * The rules of the tools, resources and prompts the application offers.
 *
 * @param pageSize {@link ConfigKeys#FEATURES_PAGE_SIZE}; 1 or more
 * @param callThreads {@link ConfigKeys#FEATURES_CALL_THREADS}; 1 or more
 * @param maxCallsPerSession {@link ConfigKeys#FEATURES_MAX_CALLS_PER_SESSION}; 1 or more
 * @param maxQueuedCalls {@link ConfigKeys#FEATURES_MAX_QUEUED_CALLS}; 0 or more, 0 none wait
 */
public record FeatureLimits(int pageSize, int callThreads, int maxCallsPerSession, int maxQueuedCalls) {

    public FeatureLimits {
        if (pageSize < 1 || callThreads < 1 || maxCallsPerSession < 1 || maxQueuedCalls < 0) {
            throw new IllegalArgumentException("invalid feature limits");
        }
    }

    static FeatureLimits read(ConfigReader read) {
        return new FeatureLimits(read.get(FEATURES_PAGE_SIZE), read.get(FEATURES_CALL_THREADS),
                read.get(FEATURES_MAX_CALLS_PER_SESSION), read.get(FEATURES_MAX_QUEUED_CALLS));
    }
}
