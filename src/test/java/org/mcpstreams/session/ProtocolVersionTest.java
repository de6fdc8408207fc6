package org.mcpstreams.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The revisions spoken, what each allows, and how a header value names one. */
class ProtocolVersionTest {

    @Test
    void headerValueNamesItsRevision() {
        assertEquals(Optional.of(ProtocolVersion.V2025_03_26), ProtocolVersion.parse("2025-03-26"));
        assertEquals(Optional.of(ProtocolVersion.V2025_06_18), ProtocolVersion.parse("2025-06-18"));
        assertEquals(Optional.of(ProtocolVersion.V2025_11_25), ProtocolVersion.parse("2025-11-25"));
    }

    @Test
    void unknownRevisionIsNotParsed() {
        assertEquals(Optional.empty(), ProtocolVersion.parse("2024-11-05"));
    }

    @Test
    void missingOrPaddedValueIsNotParsed() {
        assertEquals(Optional.empty(), ProtocolVersion.parse(null));
        assertEquals(Optional.empty(), ProtocolVersion.parse(" 2025-06-18"));
    }

    @Test
    void wireFormIsTheDate() {
        assertEquals("2025-06-18", ProtocolVersion.V2025_06_18.toString());
    }

    @Test
    void latestIs20251125() {
        assertEquals("2025-11-25", ProtocolVersion.LATEST.toString());
    }

    @Test
    void requestWithoutAVersionIsAssumedToSpeak20250326() {
        assertEquals(ProtocolVersion.V2025_03_26, ProtocolVersion.ASSUMED);
    }

    @Test
    void onlyRevisionsFrom20251125PrimeStreams() {
        assertFalse(ProtocolVersion.V2025_03_26.primesStreams());
        assertFalse(ProtocolVersion.V2025_06_18.primesStreams());
        assertTrue(ProtocolVersion.V2025_11_25.primesStreams());
    }

    @Test
    void onlyRevision20250326AllowsBatches() {
        assertTrue(ProtocolVersion.V2025_03_26.allowsBatches());
        assertFalse(ProtocolVersion.V2025_06_18.allowsBatches());
        assertFalse(ProtocolVersion.V2025_11_25.allowsBatches());
    }
}
