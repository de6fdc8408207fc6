package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The host name the Origin and Host checks compare: lower case, port dropped, IPv6 kept in brackets. */
class HostNameTest {

    @Test
    void portIsDropped() {
        assertEquals("example.com", OriginFilter.hostName("example.com:8080"));
    }

    @Test
    void nameWithoutAPortIsKept() {
        assertEquals("example.com", OriginFilter.hostName("example.com"));
    }

    @Test
    void ipv4PortIsDropped() {
        assertEquals("127.0.0.1", OriginFilter.hostName("127.0.0.1:8080"));
    }

    @Test
    void ipv6AddressKeepsItsBracketsAndLosesThePort() {
        assertEquals("[::1]", OriginFilter.hostName("[::1]:80"));
    }

    @Test
    void ipv6AddressWithoutAPortIsKept() {
        assertEquals("[::1]", OriginFilter.hostName("[::1]"));
    }

    @Test
    void nameIsLowerCased() {
        assertEquals("localhost", OriginFilter.hostName("LOCALHOST"));
    }

    @Test
    void surroundingSpaceIsTrimmed() {
        assertEquals("example.com", OriginFilter.hostName(" Example.COM:443 "));
    }

    @Test
    void missingHeaderHasNoName() {
        assertNull(OriginFilter.hostName(null));
    }

    @Test
    void blankHeaderHasNoName() {
        assertNull(OriginFilter.hostName("  "));
    }
}
