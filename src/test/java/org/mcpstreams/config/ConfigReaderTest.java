package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private final Map<String, String> values = Map.of("a", "12", "neg", "-3", "word", "x");
    private final ConfigReader read = new ConfigReader(key -> Optional.ofNullable(values.get(key)));

    @Test
    void unsetKeyGivesTheFallback() {
        assertEquals(5, read.get(ConfigKey.millis("missing", 5, 0, 10, "a test key")).toMillis());
        read.failIfInvalid();
    }

    @Test
    void valueAtTheBoundsIsAccepted() {
        assertEquals(12, read.get(ConfigKey.millis("a", 12, 12, 12, "a test key")).toMillis());
        read.failIfInvalid();
    }

    @Test
    void invalidValuesGiveTheFallbackAndAreReportedTogether() {
        assertEquals(1, read.get(ConfigKey.millis("neg", 1, 0, 10, "a test key")).toMillis());
        assertEquals(2, read.get(ConfigKey.count("word", 2, 1, "a test key")));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, read::failIfInvalid);
        assertEquals(List.of("neg=-3 must be between 0 and 10", "word=x is not a whole number"), e.problems());
    }
}
