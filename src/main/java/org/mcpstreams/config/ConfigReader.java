package org.mcpstreams.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads numeric keys, collecting every problem so that one error can name them all. */
final class ConfigReader {

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

    void failIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
