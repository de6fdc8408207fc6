package org.mcpstreams.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The revisions spoken, what each allows, and how a header value names one. */
class ProtocolVersionTest {

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({"2025-03-26, V2025_03_26", "2025-06-18, V2025_06_18", "2025-11-25, V2025_11_25"})
    void headerValueNamesItsRevision(String header, ProtocolVersion revision) {
        assertEquals(Optional.of(revision), ProtocolVersion.parse(header));
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

    @ParameterizedTest(name = "{0} primes streams: {1}")
    @CsvSource({"V2025_03_26, false", "V2025_06_18, false", "V2025_11_25, true"})
    void onlyRevisionsFrom20251125PrimeStreams(ProtocolVersion revision, boolean primes) {
        assertEquals(primes, revision.primesStreams());
    }

    @ParameterizedTest(name = "{0} allows batches: {1}")
    @CsvSource({"V2025_03_26, true", "V2025_06_18, false", "V2025_11_25, false"})
    void onlyRevision20250326AllowsBatches(ProtocolVersion revision, boolean batches) {
        assertEquals(batches, revision.allowsBatches());
    }
}
