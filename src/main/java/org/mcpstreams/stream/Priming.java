package org.mcpstreams.stream;

/**
 * How a new connection to a stream starts. A priming event (an id and empty data) tells the
 * client where it stands before any message arrives, so that a connection dropped before the
 * first message can still be resumed; clients before protocol 2025-11-25 do not expect one.
 */
public enum Priming {

    /** The connection starts with the first message, as older clients expect. */
    NONE,

    /**
     * The connection starts with a priming event; a client sent one resumes by itself, so its
     * connections are also closed once they reach the maximum age (SSE polling).
     */
    EVENT
}
