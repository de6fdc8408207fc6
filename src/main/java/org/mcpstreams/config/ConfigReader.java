package org.mcpstreams.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads keys from one source, collecting every problem so that one error can name them all. */
final class ConfigReader {

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    ConfigReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The key's value, trimmed and parsed; its default when unset, and when invalid, which is noted. */
    <T> T get(ConfigKey<T> key) {
        Optional<String> text = source.apply(key.name()).map(String::trim);
        if (text.isEmpty()) {
            return key.defaultValue();
        }
        try {
            return key.parse(text.get());
        } catch (ConfigKey.InvalidValue e) {
            problems.add(e.getMessage());
            return key.defaultValue();
        }
    }

    /** @throws InvalidConfigurationException naming every invalid value read so far */
    void failIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
