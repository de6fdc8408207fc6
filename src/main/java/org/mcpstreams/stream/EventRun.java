package org.mcpstreams.stream;

import java.util.List;
import java.util.Objects;

/**
 * Consecutive events of one stream handed to the connection as one write, so that they cost one
 * flush instead of one each: what a drain finds due at once, typically after a burst of
 * broadcasts. Written on the wire as the same events one after the other.
 *
 * @param streamId the stream the events belong to; their ids are {@code <streamId>:<seq>}
 * @param events two or more, in sequence order
 */
public record EventRun(String streamId, List<StreamEvent> events) {

    public EventRun {
        Objects.requireNonNull(streamId, "streamId");
        events = List.copyOf(events);
    }

    /** The id of the {@code index}th event. */
    public EventId id(int index) {
        return new EventId(streamId, events.get(index).seq());
    }
}
