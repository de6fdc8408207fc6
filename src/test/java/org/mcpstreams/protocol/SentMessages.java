package org.mcpstreams.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A call's stream that records every message sent on it; once closed it refuses them, as a lost
 * stream does. Its connection closes on request when its client resumes by itself.
 */
final class SentMessages implements CallStream {

    private final List<String> messages = new ArrayList<>();
    private final boolean resumable;
    private boolean closed;
    private int connectionCloses;

    /** A stream whose client cannot resume by itself: closing its connection does nothing. */
    SentMessages() {
        this(false);
    }

    private SentMessages(boolean resumable) {
        this.resumable = resumable;
    }

    /** A stream whose client resumes by itself: its connection closes when asked. */
    static SentMessages resumable() {
        return new SentMessages(true);
    }

    @Override
    public synchronized boolean send(String message) {
        if (closed) {
            return false;
        }
        messages.add(message);
        return true;
    }

    @Override
    public synchronized boolean closeConnection() {
        if (resumable) {
            connectionCloses++;
        }
        return resumable;
    }

    synchronized void close() {
        closed = true;
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** How many times the connection was asked to close, and could. */
    synchronized int connectionCloses() {
        return connectionCloses;
    }
}
