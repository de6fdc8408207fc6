package org.mcpstreams.stream;

import java.util.concurrent.atomic.AtomicInteger;

/** A fixed number of slots, taken and given back from any thread without a lock. */
public final class Slots {

    private final int limit;
    private final AtomicInteger taken = new AtomicInteger();

    public Slots(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        }
        this.limit = limit;
    }

    /** Takes a slot if one is free. */
    public boolean tryTake() {
        int current;
        do {
            current = taken.get();
            if (current >= limit) {
                return false;
            }
        } while (!taken.compareAndSet(current, current + 1));
        return true;
    }

    /** Takes a slot; when none is free, runs {@code makeRoom} (an expiry sweep, say) and tries once more. */
    public boolean tryTake(Runnable makeRoom) {
        if (tryTake()) {
            return true;
        }
        makeRoom.run();
        return tryTake();
    }

    public void giveBack() {
        taken.decrementAndGet();
    }

    public int taken() {
        return taken.get();
    }

    public int limit() {
        return limit;
    }
}
