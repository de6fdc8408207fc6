package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    @Test
    void numbersEventsFromOne() {
        ReplayBuffer buffer = new ReplayBuffer(10, 1_000);
        assertEquals(1, buffer.append("a").seq());
        assertEquals(2, buffer.append("b").seq());
        assertEquals(2, buffer.lastSeq());
    }

    @Test
    void emptyBufferHasLastSeqZeroAndFirstSeqOne() {
        ReplayBuffer buffer = new ReplayBuffer(10, 1_000);
        assertEquals(0, buffer.lastSeq());
        assertEquals(1, buffer.firstSeq());
        assertEquals(List.of(), buffer.after(0));
    }

    @Test
    void holdsAtMostMaxEventsEvictingTheOldest() {
        ReplayBuffer buffer = filled(new ReplayBuffer(3, 1_000), "a", "b", "c", "d", "e");
        assertEquals(List.of("3=c", "4=d", "5=e"), describe(buffer.after(0)));
        assertEquals(3, buffer.firstSeq());
        assertEquals(5, buffer.lastSeq());
        assertEquals(2, buffer.evicted());
    }

    @Test
    void holdsAtMostMaxBytesCountedInUtf8() {
        // 4 + 4 + 3 = 11 bytes in UTF-8 (7 chars): past 10, so the oldest goes
        ReplayBuffer buffer = filled(new ReplayBuffer(100, 10), "aaaa", "\u00E9\u00E9", "\u20AC");
        assertEquals(List.of("2=\u00E9\u00E9", "3=\u20AC"), describe(buffer.after(0)));
        assertEquals(7, buffer.bytes());
    }

    @Test
    void countsASurrogatePairAsFourBytes() {
        ReplayBuffer buffer = filled(new ReplayBuffer(100, 8), "\uD83D\uDE00", "\uD83D\uDE00", "x");
        assertEquals(List.of("2=\uD83D\uDE00", "3=x"), describe(buffer.after(0)));
        assertEquals(5, buffer.bytes());
    }

    @Test
    void alwaysKeepsTheNewestEventEvenPastMaxBytes() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 5), "ab", "0123456789");
        assertEquals(List.of("2=0123456789"), describe(buffer.after(0)));
        assertEquals(2, buffer.firstSeq());
        assertEquals(10, buffer.bytes());
    }

    @Test
    void afterReturnsExactlyTheEventsAfterSeqInOrder() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 1_000), "a", "b", "c", "d", "e");
        assertEquals(List.of("3=c", "4=d", "5=e"), describe(buffer.after(2)));
    }

    @Test
    void afterTheLastSeqOrBeyondIsEmpty() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 1_000), "a", "b");
        assertEquals(List.of(), buffer.after(2));
        assertEquals(List.of(), buffer.after(9));
    }

    @Test
    void afterASeqOlderThanTheBufferReturnsEverythingRetained() {
        ReplayBuffer buffer = filled(new ReplayBuffer(2, 1_000), "a", "b", "c", "d");
        assertEquals(List.of("3=c", "4=d"), describe(buffer.after(1)));
    }

    @Test
    void drainEmptiesTheBufferAndSequenceNumbersGoOn() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 1_000), "a", "b");
        assertEquals(List.of("1=a", "2=b"), describe(buffer.drain()));
        assertEquals(0, buffer.size());
        assertEquals(0, buffer.bytes());
        assertEquals(3, buffer.append("c").seq());
    }

    @Test
    void rejectsBoundsBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReplayBuffer(0, 10));
        assertEquals("bounds must be positive: 0, 10", e.getMessage());
    }

    private static ReplayBuffer filled(ReplayBuffer buffer, String... data) {
        for (String d : data) {
            buffer.append(d);
        }
        return buffer;
    }

    private static List<String> describe(List<StreamEvent> events) {
        List<String> out = new ArrayList<>();
        for (StreamEvent e : events) {
            out.add(e.seq() + "=" + e.data());
        }
        return out;
    }
}
