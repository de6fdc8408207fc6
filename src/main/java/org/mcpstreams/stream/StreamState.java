package org.mcpstreams.stream;

/**
 * Where a stream is in its life. LIVE: a connection is attached. DETACHED: none is; still
 * recording, resumable. ENDED: the final event was written and the connection closed; kept
 * briefly for a client whose connection died unnoticed. CLOSED: gone.
 */
enum StreamState { LIVE, DETACHED, ENDED, CLOSED }
