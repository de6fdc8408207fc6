package org.mcpstreams.stream;

/** What a stream carries, which decides whether session-wide messages may be routed to it. */
public enum StreamKind {
    /** A GET stream: carries the session's messages that belong to no request. */
    SESSION,
    /** A POST response stream: carries one request's messages and its response only. */
    REQUEST
}
