package org.mcpstreams.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Values of the headers that mirror the body ({@code Mcp-Name}, {@code Mcp-Param-*}): visible
 * ASCII, spaces and tabs, or the Base64 form {@code =?base64?<UTF-8 in Base64>?=} for anything
 * else. A value that only starts or only ends like the Base64 form is taken literally.
 */
final class HeaderValues {

    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private HeaderValues() {
    }

    /**
     * The value a header carries, without surrounding whitespace, Base64 decoded; empty when it
     * holds a character a header value may not, or its Base64 form is not canonical Base64
     * (padded to a multiple of four, alphabet characters only).
     */
    static Optional<String> decode(String header) {
        String value = header.strip();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\t') {
                return Optional.empty();
            }
        }
        if (!value.startsWith(BASE64_PREFIX) || !value.endsWith(BASE64_SUFFIX)
                || value.length() < BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            return Optional.of(value);
        }
        String encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
        if (encoded.length() % 4 != 0 || !canonical(encoded)) {
            return Optional.empty();
        }
        return Optional.of(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
    }

    private static boolean canonical(String encoded) {
        int padding = encoded.endsWith("==") ? 2 : encoded.endsWith("=") ? 1 : 0;
        for (int i = 0; i < encoded.length() - padding; i++) {
            if (ALPHABET.indexOf(encoded.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
