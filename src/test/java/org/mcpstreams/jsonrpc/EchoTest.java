package org.mcpstreams.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an answer repeats of a client's text is bounded. */
class EchoTest {

    @Test
    void shortTextIsRepeatedAsItIs() {
        assertEquals("weather", Echo.of("weather"));
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertEquals("t".repeat(Echo.MAX_CHARS) + "…", Echo.of("t".repeat(5_000)));
    }
}
