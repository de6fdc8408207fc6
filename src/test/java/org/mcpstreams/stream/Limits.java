package org.mcpstreams.stream;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mcpstreams.config.ConfigKey;
import org.mcpstreams.config.StreamLimits;

/** Builds {@link StreamLimits} from a few keys, the rest at their defaults, as configuration would. */
final class Limits {

    private final Map<String, String> values = new HashMap<>();

    static Limits defaults() {
        return new Limits();
    }

    Limits set(ConfigKey<?> key, long value) {
        values.put(key.name(), Long.toString(value));
        return this;
    }

    StreamLimits build() {
        return StreamLimits.from(key -> Optional.ofNullable(values.get(key)));
    }
}
