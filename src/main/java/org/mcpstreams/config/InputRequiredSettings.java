package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKeys.INPUT_REQUIRED_STATE_KEY;
import static org.mcpstreams.config.ConfigKeys.INPUT_REQUIRED_STATE_TTL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of multi round-trip requests (stateless revision): the {@code requestState} an
 * {@code InputRequiredResult} hands the client, which brings it back with its answers.
 *
 * @param stateKey {@link ConfigKeys#INPUT_REQUIRED_STATE_KEY}; empty for a random key made at start,
 *     which only this server instance knows
 * @param stateTtl {@link ConfigKeys#INPUT_REQUIRED_STATE_TTL}; more than zero
 */
public record InputRequiredSettings(Optional<byte[]> stateKey, Duration stateTtl) {

    public InputRequiredSettings {
        Objects.requireNonNull(stateKey, "stateKey");
        Objects.requireNonNull(stateTtl, "stateTtl");
        if (stateTtl.isNegative() || stateTtl.isZero()) {
            throw new IllegalArgumentException("invalid input-required settings");
        }
    }

    static InputRequiredSettings read(ConfigReader read) {
        return new InputRequiredSettings(read.get(INPUT_REQUIRED_STATE_KEY), read.get(INPUT_REQUIRED_STATE_TTL));
    }
}
