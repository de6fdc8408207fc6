package org.mcpstreams.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * One MicroProfile Config key of mcp-streams: its name, the Java type of its value, its default,
 * the values it allows and what it means. Every key is declared in {@link ConfigKeys}; the
 * settings records read from there, and {@code docs/configuration.md} is checked against it.
 *
 * @param <T> the Java type of the key's value
 */
public final class ConfigKey<T> {

    /** The largest number of seconds a duration key accepts. */
    private static final long YEAR_SECONDS = 365L * 24 * 3600;

    private final String name;
    private final Parser<T> parser;
    private final String defaultText;
    private final String special;
    private final String meaning;
    private final T defaultValue;

    private ConfigKey(String name, Parser<T> parser, String defaultText, String special, String meaning) {
        this.name = Objects.requireNonNull(name, "name");
        this.parser = parser;
        this.defaultText = defaultText;
        this.special = special;
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        try {
            this.defaultValue = parser.parse(name, defaultText);
        } catch (InvalidValue e) {
            throw new IllegalArgumentException("the default of " + name + " is invalid: " + e.getMessage());
        }
    }

    /** A whole number of {@code min} or more, read as an int. */
    static ConfigKey<Integer> count(String name, int defaultValue, int min, String meaning) {
        return new ConfigKey<>(name, new Whole<>("int", min, Integer.MAX_VALUE, "", value -> (int) value),
                Long.toString(defaultValue), "", meaning);
    }

    /** A number of bytes, 1 to {@code max}. */
    static ConfigKey<Long> bytes(String name, long defaultValue, long max, String meaning) {
        String upTo = max == Long.MAX_VALUE ? "" : Long.toString(max);
        return new ConfigKey<>(name, new Whole<>("long (bytes)", 1, max, upTo, value -> value),
                Long.toString(defaultValue), "", meaning);
    }

    /** A duration in whole seconds, {@code min} to a year. */
    static ConfigKey<Duration> seconds(String name, long defaultValue, long min, String meaning) {
        Whole<Duration> whole = new Whole<>("Duration (seconds)", min, YEAR_SECONDS, "a year", Duration::ofSeconds);
        return new ConfigKey<>(name, whole, Long.toString(defaultValue), "", meaning);
    }

    /** A duration in whole milliseconds, {@code min} to a year. */
    static ConfigKey<Duration> millis(String name, long defaultValue, long min, String meaning) {
        return millis(name, defaultValue, min, YEAR_SECONDS * 1000, "a year", meaning);
    }

    /** A duration in whole milliseconds, {@code min} to {@code max}. */
    static ConfigKey<Duration> millis(String name, long defaultValue, long min, long max, String meaning) {
        return millis(name, defaultValue, min, max, Long.toString(max), meaning);
    }

    /** Comma-separated {@code items} (as the reference names them), trimmed, without empty ones; empty by default. */
    static ConfigKey<List<String>> list(String name, String items, String meaning) {
        return new ConfigKey<>(name, new Items(items), "", "", meaning);
    }

    /** Base64 of at least {@code minBytes} bytes; empty by default. Its value never appears in a problem. */
    static ConfigKey<Optional<byte[]>> secret(String name, int minBytes, String meaning) {
        return new ConfigKey<>(name, new Secret(minBytes), "", "", meaning);
    }

    /** {@code true} or {@code false}, with the other words MicroProfile Config's boolean converter takes. */
    static ConfigKey<Boolean> flag(String name, boolean defaultValue, String meaning) {
        return new ConfigKey<>(name, new Flag(), Boolean.toString(defaultValue), "", meaning);
    }

    private static ConfigKey<Duration> millis(String name, long defaultValue, long min, long max, String upTo,
            String meaning) {
        return new ConfigKey<>(name, new Whole<>("Duration (milliseconds)", min, max, upTo, Duration::ofMillis),
                Long.toString(defaultValue), "", meaning);
    }

    /**
     * This key with what a special value means, such as {@code "0 never"}.
     *
     * @return a copy of this key that says so among the values it allows
     */
    ConfigKey<T> special(String phrase) {
        return new ConfigKey<>(name, parser, defaultText, phrase, meaning);
    }

    /** The key's name, such as {@code mcp.streams.max-open}. */
    public String name() {
        return name;
    }

    /**
     * The key's value in {@code source}, without failing: {@link McpConfig#from(Function)} names an
     * invalid value at deployment, for a reader that cannot wait for it (a CDI extension).
     *
     * @param source a key's raw value, empty when it is not set
     * @return the value, or the default when the key is unset or its value invalid
     */
    public T valueIn(Function<String, Optional<String>> source) {
        return new ConfigReader(source).get(this);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The value when the key is not set. */
    T defaultValue() {
        return defaultValue;
    }

    /** The value {@code text} (trimmed) stands for. */
    T parse(String text) throws InvalidValue {
        return parser.parse(name, text);
    }

    /** The Java type of the value, with its unit, as the reference writes it. */
    String type() {
        return parser.type();
    }

    /** The default as the reference writes it: the text in backquotes, or "empty". */
    String defaultText() {
        return defaultText.isEmpty() ? "empty" : "`" + defaultText + "`";
    }

    /** The values allowed, and what a special one means, as the reference writes them. */
    String allowed() {
        return special.isEmpty() ? parser.allowed() : parser.allowed() + "; " + special;
    }

    /** What the key sets, in a phrase. */
    String meaning() {
        return meaning;
    }

    /** A value a key refuses; its message is the problem, naming the key. */
    static final class InvalidValue extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidValue(String problem) {
            super(problem, null, false, false);
        }
    }

    /** How a key's text becomes its value, and how the reference describes the values allowed. */
    private sealed interface Parser<T> permits Whole, Items, Secret, Flag {

        T parse(String name, String text) throws InvalidValue;

        String type();

        String allowed();
    }

    /** A whole number in [min, max]; {@code upTo} is how the reference writes max, empty for "or more". */
    private record Whole<T>(String type, long min, long max, String upTo, LongFunction<T> as) implements Parser<T> {

        @Override
        public T parse(String name, String text) throws InvalidValue {
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue(name + "=" + text + " is not a whole number");
            }
            if (value < min || value > max) {
                throw new InvalidValue(name + "=" + text + " must be between " + min + " and " + max);
            }
            return as.apply(value);
        }

        @Override
        public String allowed() {
            return upTo.isEmpty() ? min + " or more" : min + " to " + upTo;
        }
    }

    private record Items(String allowed) implements Parser<List<String>> {

        @Override
        public List<String> parse(String name, String text) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
        }

        @Override
        public String type() {
            return "list (comma-separated)";
        }
    }

    private record Secret(int minBytes) implements Parser<Optional<byte[]>> {

        @Override
        public Optional<byte[]> parse(String name, String text) throws InvalidValue {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue(name + " is not Base64");
            }
            if (bytes.length < minBytes) {
                throw new InvalidValue(name + " must hold at least " + minBytes + " bytes, Base64-encoded");
            }
            return Optional.of(bytes);
        }

        @Override
        public String type() {
            return "bytes (Base64)";
        }

        @Override
        public String allowed() {
            return minBytes + " bytes or more";
        }
    }

    /** MicroProfile Config's words for true, and their opposites; any other word is refused. */
    private record Flag() implements Parser<Boolean> {

        private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");
        private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off");

        @Override
        public Boolean parse(String name, String text) throws InvalidValue {
            String word = text.toLowerCase(Locale.ROOT);
            if (TRUE.contains(word) || FALSE.contains(word)) {
                return TRUE.contains(word);
            }
            throw new InvalidValue(name + "=" + text + " is not true or false");
        }

        @Override
        public String type() {
            return "boolean";
        }

        @Override
        public String allowed() {
            return "`true` or `false`";
        }
    }
}
