package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which browser pages may call: configured origins, loopback pages, and pages of the host the
 * request names only when the server knows that host as its own, so a name rebound to the
 * server's address (DNS rebinding) is refused even though its page and Host agree.
 */
class OriginRulesTest {

    @Test
    void pageOfAHostTheServerKnowsAsItsOwnIsSameOrigin() {
        assertTrue(OriginFilter.originAllowed("http://192.168.1.10:8080", "192.168.1.10", true, List.of()));
    }

    @Test
    void pageOfARebindingNameIsRefusedThoughItsHostHeaderAgrees() {
        assertFalse(OriginFilter.originAllowed("http://rebound.example:8080", "rebound.example", false, List.of()));
    }

    @Test
    void pageOfAnotherHostIsRefusedOnAKnownHost() {
        assertFalse(OriginFilter.originAllowed("http://evil.example", "localhost", true, List.of()));
    }

    @Test
    void loopbackPagesAndConfiguredOriginsPass() {
        assertTrue(OriginFilter.originAllowed("http://localhost:3000", "rebound.example", false, List.of()));
        assertTrue(OriginFilter.originAllowed("https://app.example", "mcp.example", false,
                List.of("https://app.example")));
        assertTrue(OriginFilter.originAllowed("https://any.example", "mcp.example", false, List.of("*")));
    }

    @Test
    void anOriginThatIsNoUriIsRefused() {
        assertFalse(OriginFilter.originAllowed("::not a uri::", "localhost", true, List.of()));
    }
}
