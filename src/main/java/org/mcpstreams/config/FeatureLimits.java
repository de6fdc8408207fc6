package org.mcpstreams.config;

/**
 * The rules of the tools, resources and prompts the application offers.
 *
 * @param pageSize how many items one page of {@code tools/list}, {@code resources/list},
 *     {@code resources/templates/list} or {@code prompts/list} holds; 1 or more
 * @param callThreads how many calls of application methods (tools, resources, prompts,
 *     completions) run at once; more wait their turn; 1 or more
 */
public record FeatureLimits(int pageSize, int callThreads) {

    public static final String PAGE_SIZE = "mcp.features.page-size";
    public static final String CALL_THREADS = "mcp.features.call-threads";

    public FeatureLimits {
        if (pageSize < 1 || callThreads < 1) {
            throw new IllegalArgumentException("invalid feature limits");
        }
    }

    static FeatureLimits read(ConfigReader read) {
        return new FeatureLimits(read.integer(PAGE_SIZE, 100, 1), read.integer(CALL_THREADS, 32, 1));
    }
}
