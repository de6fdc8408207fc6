package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.FEATURES_CALL_THREADS;
import static org.mcpstreams.config.ConfigKeys.FEATURES_PAGE_SIZE;

/**
 * The rules of the tools, resources and prompts the application offers.
 *
 * @param pageSize {@link ConfigKeys#FEATURES_PAGE_SIZE}; 1 or more
 * @param callThreads {@link ConfigKeys#FEATURES_CALL_THREADS}; 1 or more
 */
public record FeatureLimits(int pageSize, int callThreads) {

    public FeatureLimits {
        if (pageSize < 1 || callThreads < 1) {
            throw new IllegalArgumentException("invalid feature limits");
        }
    }

    static FeatureLimits read(ConfigReader read) {
        return new FeatureLimits(read.get(FEATURES_PAGE_SIZE), read.get(FEATURES_CALL_THREADS));
    }
}
