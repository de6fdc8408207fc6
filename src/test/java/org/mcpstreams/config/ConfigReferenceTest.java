package org.mcpstreams.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/configuration.md and {@link ConfigKeys} say the same: one row per declared key, and no other. */
class ConfigReferenceTest {

    private static final String HEADER = "| key | type | default | allowed | meaning |";

    private final Map<String, String> declared = declaredRows();
    private final Map<String, String> documented = documentedRows();

    @Test
    void everyDeclaredKeyHasItsRowInTheReference() {
        List<String> wrong = declared.entrySet().stream()
                .filter(row -> !row.getValue().equals(documented.get(row.getKey())))
                .map(Map.Entry::getValue).toList();
        assertTrue(wrong.isEmpty(), "docs/configuration.md should have these rows:\n" + String.join("\n", wrong)
                + "\n\nThe whole table, from ConfigKeys:\n" + HEADER + "\n|---|---|---|---|---|\n"
                + String.join("\n", declared.values()));
    }

    @Test
    void theReferenceListsNoUndeclaredKey() {
        List<String> undeclared = documented.keySet().stream().filter(key -> !declared.containsKey(key)).toList();
        assertEquals(List.of(), undeclared, "keys in docs/configuration.md that ConfigKeys does not declare");
    }

    @Test
    void everyDeclaredKeyIsReadWithTheOthers() {
        List<String> asked = new ArrayList<>();
        McpConfig.from(key -> {
            asked.add(key);
            return Optional.empty();
        });
        assertEquals(declared.keySet().stream().sorted().toList(), asked.stream().sorted().toList());
    }

    @Test
    void theReferenceHasItsTable() {
        assertFalse(documented.isEmpty(), "no row under " + HEADER + " in docs/configuration.md");
    }

    /** Each key's row as the reference should write it, by key name, in declaration order. */
    private static Map<String, String> declaredRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Field field : ConfigKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ConfigKey.class) {
                ConfigKey<?> key = (ConfigKey<?>) read(field);
                rows.put(key.name(), "| `" + key.name() + "` | " + key.type() + " | " + key.defaultText() + " | "
                        + key.allowed() + " | " + key.meaning() + " |");
            }
        }
        return rows;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The rows of the table under {@link #HEADER}, spaces around cells made single, by key name (the
     * first cell without its backquotes).
     */
    private static Map<String, String> documentedRows() {
        List<String> lines = reference();
        int header = lines.indexOf(HEADER);
        if (header < 0) {
            return Map.of();
        }
        return lines.stream().skip(header + 2).takeWhile(line -> line.startsWith("|"))
                .map(line -> line.replaceAll("\\s*\\|\\s*", " | ").strip())
                .collect(Collectors.toMap(ConfigReferenceTest::keyOf, line -> line, (a, b) -> {
                    throw new AssertionError("docs/configuration.md lists a key twice: " + a);
                }, LinkedHashMap::new));
    }

    private static String keyOf(String row) {
        return row.substring(1, row.indexOf('|', 1)).trim().replace("`", "");
    }

    /** docs/configuration.md, found from the working directory (surefire's is the project's). */
    private static List<String> reference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs/configuration.md");
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllLines(file).stream().map(String::strip).toList();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no docs/configuration.md in " + Path.of("").toAbsolutePath() + " or above");
    }
}
