package org.mcpstreams.stream;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The ids of the sessions most recently closed, so that a message still on its way to one is
 * dropped rather than kept for a session that will never read it. Bounded: past
 * {@link #CAPACITY} ids the oldest is forgotten (ids are random, so a forgotten one is never
 * reused; a message for it is then kept like one for a session without streams, and forgotten
 * with it by the sweep). Lock-free: every delivery asks {@link #contains}; the set and the queue
 * of the order they came in are concurrent, and the bound may be passed briefly by adds racing.
 */
final class EndedSessions {

    /** How many ended sessions are remembered. */
    static final int CAPACITY = 10_000;

    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();

    void add(String sessionId) {
        if (ids.add(sessionId)) {
            order.add(sessionId);
            while (ids.size() > CAPACITY) {
                String oldest = order.poll();
                if (oldest == null) {
                    return;
                }
                ids.remove(oldest);
            }
        }
    }

    boolean contains(String sessionId) {
        return ids.contains(sessionId);
    }
}
