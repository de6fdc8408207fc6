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
        assertEquals(5, read.number("missing", 5, 0, 10));
        read.failIfInvalid();
    }

    @Test
    void valueAtTheBoundsIsAccepted() {
        assertEquals(12, read.number("a", 0, 12, 12));
        read.failIfInvalid();
    }

    @Test
    void invalidValuesGiveTheFallbackAndAreReportedTogether() {
        assertEquals(1, read.number("neg", 1, 0, 10));
        assertEquals(2, read.integer("word", 2, 1));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, read::failIfInvalid);
        assertEquals(List.of("neg=-3 must be between 0 and 10", "word=x is not a whole number"), e.problems());
    }
}
