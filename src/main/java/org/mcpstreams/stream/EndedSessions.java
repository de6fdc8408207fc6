package org.mcpstreams.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the sessions most recently closed, so that a message still on its way to one is
 * dropped rather than kept for a session that will never read it. Bounded: past
 * {@link #CAPACITY} ids the oldest is forgotten (ids are random, so a forgotten one is never
 * reused; a message for it is then kept like one for a session without streams, and forgotten
 * with it by the sweep). Guarded by this object.
 */
final class EndedSessions {

    /** How many ended sessions are remembered. */
    static final int CAPACITY = 10_000;

    private final Map<String, Boolean> ids = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void add(String sessionId) {
        ids.put(sessionId, Boolean.TRUE);
    }

    synchronized boolean contains(String sessionId) {
        return ids.containsKey(sessionId);
    }
}
