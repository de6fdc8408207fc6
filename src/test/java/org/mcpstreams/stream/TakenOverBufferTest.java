package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The buffer of a stream taken over from another node, made from what that node kept. */
class TakenOverBufferTest {

    private static final StreamScope SCOPE = new StreamScope("session-1", null);

    @Test
    void keepsTheLastUnbrokenRunOfTheKeptEventsAndNumbersOnAfterIt() {
        ReplayBuffer buffer = ReplayBuffer.takenOver(kept(5, 1, 2, 4, 5), 1, 10, 1_000);
        assertEquals(List.of(new StreamEvent(4, "e4"), new StreamEvent(5, "e5")), buffer.after(1));
        assertEquals(6, buffer.append("e6").seq());
    }

    @Test
    void aClientAheadOfTheKeptEventsGetsNoneOfThemAndNewOnesAreNumberedAfterItsLast() {
        ReplayBuffer buffer = ReplayBuffer.takenOver(kept(3, 1, 2, 3), 4, 10, 1_000);
        assertEquals(List.of(), buffer.after(4));
        assertEquals(5, buffer.append("e5").seq());
    }

    @Test
    void aClientThatReadEveryKeptEventLeavesThemKeptForALaterResume() {
        ReplayBuffer buffer = ReplayBuffer.takenOver(kept(3, 1, 2, 3), 3, 10, 1_000);
        assertEquals(List.of(new StreamEvent(2, "e2"), new StreamEvent(3, "e3")), buffer.after(1));
    }

    @Test
    void theKeptEventsAreBoundedByThisNodesBuffer() {
        ReplayBuffer buffer = ReplayBuffer.takenOver(kept(4, 1, 2, 3, 4), 0, 2, 1_000);
        assertEquals(3, buffer.firstSeq());
        assertEquals(4, buffer.lastSeq());
    }

    @Test
    void noEventKeptNumbersOnAfterTheLastGiven() {
        ReplayBuffer buffer = ReplayBuffer.takenOver(kept(7), 2, 10, 1_000);
        assertEquals(8, buffer.append("e8").seq());
    }

    @Test
    void aRunNotEndingAtTheLastSequenceNumberIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReplayBuffer.restored(10, 1_000, List.of(new StreamEvent(1, "e1")), 2));
        assertEquals("not a run of events ending at 2: 1", refused.getMessage());
    }

    private static StreamReplicas.KeptStream kept(long lastSeq, long... seqs) {
        List<StreamEvent> events = Arrays.stream(seqs).mapToObj(seq -> new StreamEvent(seq, "e" + seq)).toList();
        return new StreamReplicas.KeptStream("stream-1", SCOPE, events, lastSeq, "v");
    }
}
