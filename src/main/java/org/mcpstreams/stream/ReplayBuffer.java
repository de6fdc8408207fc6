package org.mcpstreams.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The bounded log of one stream's events: the delivery queue for its connection and the replay
 * log for a resume, in one. Holds at most {@code maxEvents} events and {@code maxBytes} bytes of
 * data; appending past either bound evicts the oldest events. The newest event is always kept;
 * the registry refuses, before it gets here, any event larger than the byte bound. Not
 * thread-safe: its stream's lock guards it.
 */
final class ReplayBuffer {

    private final int maxEvents;
    private final long maxBytes;
    private final ArrayDeque<StreamEvent> events = new ArrayDeque<>(4);
    private long bytes;
    private long lastSeq;
    private long evicted;

    ReplayBuffer(int maxEvents, long maxBytes) {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("bounds must be positive: " + maxEvents + ", " + maxBytes);
        }
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /**
     * A buffer holding {@code run}, as far as the bounds allow, whose next event is numbered after
     * {@code lastSeq}: a stream taken over from another node.
     *
     * @param run events numbered one after the other, oldest first, the last one {@code lastSeq}; or none
     * @throws IllegalArgumentException when {@code run} has a gap or does not end at {@code lastSeq}
     */
    static ReplayBuffer restored(int maxEvents, long maxBytes, List<StreamEvent> run, long lastSeq) {
        ReplayBuffer buffer = new ReplayBuffer(maxEvents, maxBytes);
        long expected = run.isEmpty() ? lastSeq + 1 : lastSeq - run.size() + 1;
        for (StreamEvent event : run) {
            if (event.seq() != expected++) {
                throw new IllegalArgumentException("not a run of events ending at " + lastSeq + ": " + event.seq());
            }
            buffer.keep(event);
        }
        buffer.lastSeq = lastSeq;
        return buffer;
    }

    /**
     * The buffer of a stream taken over from another node, for a client whose last event is
     * {@code clientSeq}: the last unbroken run of {@code kept}'s events, numbered on after both
     * that run and the client's last event (which a node that died may have written before keeping
     * it; then none of the run is kept, as the client has them all).
     */
    static ReplayBuffer takenOver(StreamReplicas.KeptStream kept, long clientSeq, int maxEvents, long maxBytes) {
        List<StreamEvent> events = kept.events();
        int from = events.size();
        while (from > 0 && (from == events.size() || events.get(from - 1).seq() == events.get(from).seq() - 1)) {
            from--;
        }
        long runLast = events.isEmpty() ? kept.lastSeq() : events.get(events.size() - 1).seq();
        if (clientSeq > runLast) {
            return restored(maxEvents, maxBytes, List.of(), clientSeq); // the client has them all, and one more
        }
        return restored(maxEvents, maxBytes, events.subList(from, events.size()), runLast);
    }

    /** Records {@code data} as the next event, evicting the oldest ones past the bounds. */
    StreamEvent append(String data) {
        StreamEvent event = new StreamEvent(++lastSeq, data);
        keep(event);
        return event;
    }

    private void keep(StreamEvent event) {
        events.addLast(event);
        bytes += event.bytes();
        while (events.size() > 1 && (events.size() > maxEvents || bytes > maxBytes)) {
            bytes -= events.removeFirst().bytes();
            evicted++;
        }
    }

    /** The retained events with a sequence number above {@code seq}, oldest first. */
    List<StreamEvent> after(long seq) {
        long first = firstSeq();
        if (seq >= lastSeq) {
            return List.of();
        }
        int count = (int) (lastSeq - Math.max(seq, first - 1));
        StreamEvent[] newer = new StreamEvent[count];
        Iterator<StreamEvent> newestFirst = events.descendingIterator();
        for (int i = count - 1; i >= 0; i--) {
            newer[i] = newestFirst.next();
        }
        return Arrays.asList(newer);
    }

    /** Sequence number of the oldest retained event; {@code lastSeq() + 1} when empty. */
    long firstSeq() {
        StreamEvent first = events.peekFirst();
        return first == null ? lastSeq + 1 : first.seq();
    }

    long lastSeq() {
        return lastSeq;
    }

    int size() {
        return events.size();
    }

    long bytes() {
        return bytes;
    }

    /** How many events were evicted to stay within the bounds, over the buffer's life. */
    long evicted() {
        return evicted;
    }

    /** Empties the buffer and hands back what it held, oldest first; sequence numbers go on. */
    List<StreamEvent> drain() {
        List<StreamEvent> all = new ArrayList<>(events);
        events.clear();
        bytes = 0;
        return all;
    }
}
