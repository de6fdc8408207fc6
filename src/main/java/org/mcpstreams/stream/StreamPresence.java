package org.mcpstreams.stream;

/**
 * Told when a session's GET streams on this node come and go: what a cluster records so that a
 * session-wide message sent on another node reaches them. {@link LocalSessionRouter} calls it
 * outside every lock of its own; implementations must be thread-safe, and may block briefly.
 */
public interface StreamPresence {

    /** Tells nothing to anyone: the single-node behaviour. */
    StreamPresence NONE = new StreamPresence() {
        @Override
        public void opened(String sessionId) {
        }

        @Override
        public void closed(String sessionId) {
        }
    };

    /** A GET stream of the session was opened or resumed on this node, and is now the one its messages go to. */
    void opened(String sessionId);

    /** The session's last GET stream on this node closed (or the session ended here). */
    void closed(String sessionId);
}
