package org.mcpstreams.logging;

/**
 * Request-supplied text made fit for a log line: control characters (line breaks above all,
 * which would start a forged entry) written as escapes, and anything past a bound cut off with
 * a note of how much was left out. Every string a client sent passes through here before it is
 * logged.
 */
public final class LogText {

    /** The most characters of one request-supplied value a log line carries. */
    public static final int MAX_CHARS = 200;

    private LogText() {
    }

    /**
     * The text to log for {@code value}.
     *
     * @return {@code value} with every control character (C0, DEL, C1, and the Unicode line and
     *     paragraph separators) escaped as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX},
     *     cut after {@value #MAX_CHARS} characters; {@code "null"} for null
     */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int shown = Math.min(text.length(), MAX_CHARS);
        StringBuilder safe = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            appendEscaped(safe, text.charAt(i));
        }
        if (text.length() > shown) {
            safe.append("…(").append(text.length() - shown).append(" more characters)");
        }
        return safe.toString();
    }

    private static void appendEscaped(StringBuilder safe, char c) {
        switch (c) {
            case '\n' -> safe.append("\\n");
            case '\r' -> safe.append("\\r");
            case '\t' -> safe.append("\\t");
            case '\\' -> safe.append("\\\\");
            default -> {
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    safe.append(String.format("\\u%04x", (int) c));
                } else {
                    safe.append(c);
                }
            }
        }
    }
}
