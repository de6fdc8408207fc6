package org.mcpstreams.stream;

import java.security.SecureRandom;
import java.util.Base64;

/** Mints unguessable stream ids: 144 random bits, URL-safe Base64 without padding. */
final class StreamId {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private StreamId() {
    }

    static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /**
     * True when every character is visible ASCII (0x21 to 0x7E), as MCP asks of ids on the wire.
     * A plain loop: every event id written is checked, and a stream pipeline here cost about
     * 120 bytes of garbage per event.
     */
    static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
