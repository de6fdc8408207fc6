package org.mcpstreams.stream;

/** How an attempt to resume a stream from a {@code Last-Event-ID} ended. */
public sealed interface Resume {

    /**
     * The connection is attached: it receives the retained events after the id, then live ones.
     *
     * @param streamId the resumed stream
     * @param missed events after the id that were no longer retained (0 when nothing was lost)
     */
    record Resumed(String streamId, long missed) implements Resume {
    }

    /** No open stream has that id: never opened, expired, closed, or the id is past its end. */
    record Unknown(String lastEventId) implements Resume {
    }

    /** The stream belongs to another session or user; to the client this looks like {@link Unknown}. */
    record Foreign(String lastEventId) implements Resume {
    }

    /** The text is not an event id of the form {@code <streamId>:<seq>}. */
    record Malformed(String lastEventId) implements Resume {
    }
}
