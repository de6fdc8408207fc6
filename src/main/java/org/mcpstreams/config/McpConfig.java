package org.mcpstreams.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of mcp-streams, read and validated together so that one error names every bad
 * value. The keys are declared in {@link ConfigKeys}.
 */
public record McpConfig(StreamLimits streams, SessionLimits sessions, TransportLimits transport,
        FeatureLimits features, InputRequiredSettings inputRequired, TaskLimits tasks) {

    /** Every key at its default. */
    public static final McpConfig DEFAULTS = from(key -> Optional.empty());

    /**
     * Reads and checks every key at once, {@link ConfigKeys#DEMO_ENABLED} included, which the
     * feature extension reads before any bean exists, and {@link ConfigKeys#CLUSTER_ENABLED} and
     * {@link ConfigKeys#CLUSTER_BROADCAST_THREADS}, which the cluster package reads itself.
     *
     * @param source a key's raw value, empty when it is not set
     * @return the settings, each key unset at its default
     * @throws InvalidConfigurationException naming every invalid key
     */
    public static McpConfig from(Function<String, Optional<String>> source) {
        ConfigReader read = new ConfigReader(source);
        McpConfig config = new McpConfig(StreamLimits.read(read), SessionLimits.read(read), TransportLimits.read(read),
                FeatureLimits.read(read), InputRequiredSettings.read(read), TaskLimits.read(read));
        read.get(ConfigKeys.DEMO_ENABLED);
        read.get(ConfigKeys.CLUSTER_ENABLED);
        read.get(ConfigKeys.CLUSTER_BROADCAST_THREADS);
        read.failIfInvalid();
        return config;
    }
}
