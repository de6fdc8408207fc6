package org.mcpstreams.stream;

/** Where a message for a session went. */
public enum Routed {
    /** Recorded on a stream with a connection, which is writing it. */
    LIVE,
    /** Recorded on the session's most recent stream, which has no connection; a resume delivers it. */
    RECORDED,
    /** The session has no stream yet: held (bounded) for its first one. */
    HELD,
    /** The session's GET stream is on another node of the cluster: handed to that node, which routes it there. */
    FORWARDED,
    /** The session has ended (or ended while the message was routed); nothing was recorded. */
    DROPPED
}
