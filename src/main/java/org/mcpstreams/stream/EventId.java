package org.mcpstreams.stream;

import java.util.Objects;
import java.util.Optional;

/**
 * The SSE event id of a message: {@code <streamId>:<seq>}. The stream id names the stream the
 * event belongs to, the sequence number is its position on that stream (0 is the priming event).
 *
 * @param streamId the stream the event was sent on; visible ASCII, never blank
 * @param seq the event's position on its stream, 0 or more
 */
public record EventId(String streamId, long seq) {

    public EventId {
        Objects.requireNonNull(streamId, "streamId");
        if (streamId.isEmpty() || !StreamId.isVisibleAscii(streamId)) {
            throw new IllegalArgumentException("streamId must be non-empty visible ASCII: " + streamId);
        }
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be 0 or more: " + seq);
        }
    }

    /**
     * Reads an event id as a client sends it back in {@code Last-Event-ID}. The text is split at
     * its last {@code ':'}, so a stream id may itself contain colons.
     *
     * @return the id, or empty when the text is not of the form {@code <streamId>:<seq>}
     */
    public static Optional<EventId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String stream = text.substring(0, colon);
        String digits = text.substring(colon + 1);
        if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || !StreamId.isVisibleAscii(stream)) {
            return Optional.empty();
        }
        return Optional.of(new EventId(stream, Long.parseLong(digits)));
    }

    @Override
    public String toString() {
        return streamId + ':' + seq;
    }
}
