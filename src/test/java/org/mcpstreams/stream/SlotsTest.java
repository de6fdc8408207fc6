package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A fixed number of slots, and one more try after making room. */
class SlotsTest {

    private final Slots slots = new Slots(1);
    private final AtomicInteger roomMade = new AtomicInteger();

    @Test
    void freeSlotIsTakenWithoutMakingRoom() {
        assertTrue(slots.tryTake(roomMade::incrementAndGet));
        assertEquals(0, roomMade.get());
        assertEquals(1, slots.taken());
    }

    @Test
    void fullSlotsMakeRoomOnceThenTryAgain() {
        slots.tryTake();
        assertTrue(slots.tryTake(() -> {
            roomMade.incrementAndGet();
            slots.giveBack();
        }));
        assertEquals(1, roomMade.get());
    }

    @Test
    void fullSlotsStayFullWhenNoRoomIsMade() {
        slots.tryTake();
        assertFalse(slots.tryTake(roomMade::incrementAndGet));
        assertEquals(1, roomMade.get());
        assertEquals(1, slots.taken());
    }
}
