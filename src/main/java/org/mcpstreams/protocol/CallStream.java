package org.mcpstreams.protocol;

/**
 * Where a call's handler sends before the response: the call's own stream, or, for a call that has
 * none (one of a batch), its session's.
 */
@FunctionalInterface
public interface CallStream {

    /**
     * Sends one serialized message.
     *
     * @return false when it could not: the stream is closed
     */
    boolean send(String message);

    /**
     * Closes the connection of the call's own stream and keeps the stream for the client's resume
     * (SSE polling); does nothing by default, as a stream its client cannot resume must.
     *
     * @return whether the connection closes, now or once its write ends
     */
    default boolean closeConnection() {
        return false;
    }
}
