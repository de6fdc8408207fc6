package org.mcpstreams.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A call's stream that records every message sent on it; once closed it refuses them, as a lost stream does. */
final class SentMessages implements Predicate<String> {

    private final List<String> messages = new ArrayList<>();
    private boolean closed;

    @Override
    public synchronized boolean test(String message) {
        if (closed) {
            return false;
        }
        messages.add(message);
        return true;
    }

    synchronized void close() {
        closed = true;
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
