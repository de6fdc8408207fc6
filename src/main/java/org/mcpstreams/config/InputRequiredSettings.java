package org.mcpstreams.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of multi round-trip requests (stateless revision): the {@code requestState} an
 * {@code InputRequiredResult} hands the client, which brings it back with its answers.
 *
 * @param stateKey the HMAC-SHA256 key that signs request states; empty for a random key made at
 *     start, which only this server instance knows (set the same key on every instance of a
 *     cluster, so that a retry may reach any of them)
 * @param stateTtl how long a request state is accepted after it was issued; more than zero
 */
public record InputRequiredSettings(Optional<byte[]> stateKey, Duration stateTtl) {

    public static final String STATE_KEY = "mcp.input-required.state-key";
    public static final String STATE_TTL = "mcp.input-required.state-ttl-seconds";

    /** The fewest bytes a configured key may have. */
    public static final int MIN_KEY_BYTES = 32;

    public InputRequiredSettings {
        Objects.requireNonNull(stateKey, "stateKey");
        Objects.requireNonNull(stateTtl, "stateTtl");
        if (stateTtl.isNegative() || stateTtl.isZero()) {
            throw new IllegalArgumentException("invalid input-required settings");
        }
    }

    static InputRequiredSettings read(ConfigReader read) {
        return new InputRequiredSettings(read.secret(STATE_KEY, MIN_KEY_BYTES),
                Duration.ofSeconds(read.number(STATE_TTL, 900, 1, ConfigReader.MAX_SECONDS)));
    }
}
