package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventIdTest {

    @Test
    void formatsAsStreamIdColonSeq() {
        assertEquals("abc:7", new EventId("abc", 7).toString());
    }

    @Test
    void parseReadsStreamIdAndSeq() {
        assertEquals(Optional.of(new EventId("abc", 42)), EventId.parse("abc:42"));
    }

    @Test
    void parseSplitsAtTheLastColonSoStreamIdsMayContainColons() {
        assertEquals(Optional.of(new EventId("node-1:a:b", 12)), EventId.parse("node-1:a:b:12"));
    }

    @Test
    void parseAcceptsThePrimingSeqZero() {
        assertEquals(Optional.of(new EventId("s", 0)), EventId.parse("s:0"));
    }

    @Test
    void parseAcceptsEighteenDigits() {
        assertEquals(Optional.of(new EventId("s", 999_999_999_999_999_999L)), EventId.parse("s:999999999999999999"));
    }

    @Test
    void parseReadsBackWhatToStringWrote() {
        EventId id = new EventId("x_Y-z:9", 1234);
        assertEquals(Optional.of(id), EventId.parse(id.toString()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "abc",                       // no colon
        ":5",                        // empty stream id
        "abc:",                      // empty seq
        ":",                         // both empty
        "abc:x1",                    // non-digit
        "abc:1a",                    // trailing non-digit
        "abc:-1",                    // negative
        "abc:+1",                    // sign
        "abc:1.0",                   // not whole
        "abc: 1",                    // blank in seq
        "abc:1234567890123456789",   // 19 digits: too long
        "ab c:1",                    // space in stream id
        "ab\tc:1",                   // control character in stream id
        "ab\u007Fc:1",               // DEL
        "ab\u00E9c:1",               // not ASCII
        "abc:\u0661"                 // a non-ASCII digit
    })
    void malformedTextsParseToEmpty(String text) {
        assertEquals(Optional.empty(), EventId.parse(text));
    }

    @Test
    void constructorRejectsNegativeSeq() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventId("s", -1));
        assertEquals("seq must be 0 or more: -1", e.getMessage());
    }

    @Test
    void constructorRejectsEmptyStreamId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventId("", 1));
        assertEquals("streamId must be non-empty visible ASCII: ", e.getMessage());
    }
}
