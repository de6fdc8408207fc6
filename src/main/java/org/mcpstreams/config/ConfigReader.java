package org.mcpstreams.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads numeric keys, collecting every problem so that one error can name them all. */
final class ConfigReader {

    /** The largest number of seconds a duration key accepts: a year. */
    static final long MAX_SECONDS = 365L * 24 * 3600;

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    ConfigReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The key's value as an int of at least {@code min}; {@code fallback} when unset or invalid. */
    int integer(String key, int fallback, int min) {
        return (int) number(key, fallback, min, Integer.MAX_VALUE);
    }

    /** The key's whole-number value in [{@code min}, {@code max}]; {@code fallback} when unset or invalid. */
    long number(String key, long fallback, long min, long max) {
        Optional<String> raw = source.apply(key).map(String::trim);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            problems.add(key + "=" + raw.get() + " is not a whole number");
            return fallback;
        }
        problems.add(key + "=" + raw.get() + " must be between " + min + " and " + max);
        return fallback;
    }

    /** The key's comma-separated values, trimmed, without empty ones; empty when unset. */
    List<String> list(String key) {
        return source.apply(key).stream()
                .flatMap(raw -> Arrays.stream(raw.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /**
     * The key's Base64 value as bytes, at least {@code minBytes} of them; empty when unset or
     * invalid. The value itself never appears in a problem.
     */
    Optional<byte[]> secret(String key, int minBytes) {
        Optional<String> raw = source.apply(key).map(String::trim).filter(value -> !value.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(raw.get());
            if (bytes.length >= minBytes) {
                return Optional.of(bytes);
            }
            problems.add(key + " must hold at least " + minBytes + " bytes, Base64-encoded");
        } catch (IllegalArgumentException e) {
            problems.add(key + " is not Base64");
        }
        return Optional.empty();
    }

    void failIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
