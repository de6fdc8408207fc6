package org.mcpstreams.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Sessions shared through a cluster-wide {@link SessionMap}: one record per session, read on each
 * use so that an end on any node is seen at once, and changed by compare-and-set on its text so
 * that no node overwrites another's change. A removed record is an ended session; since changes
 * only replace a record, never add one, an ended session cannot come back. Thread-safe: the map
 * is atomic per id, and the ids of ended sessions wait in a concurrent queue for the next sweep.
 */
final class SharedSessions implements SessionSharing {

    /**
     * The last use of a session is written to the map at most this often by each use: a request
     * costs one read, and a write only once a second, at the price of an idle expiry up to that much
     * early.
     */
    static final long USE_WRITE_INTERVAL_MILLIS = 1_000;

    /** Tries at sharing a use or an expiry against a record that other nodes keep changing. */
    private static final int ATTEMPTS = 3;

    private final SessionMap map;
    private final Queue<String> removed = new ConcurrentLinkedQueue<>();

    SharedSessions(SessionMap map) {
        this.map = Objects.requireNonNull(map, "map");
        map.onRemoval(removed::add);
    }

    @Override
    public void created(Session session) {
        map.putIfAbsent(session.id(), SessionRecord.of(session).toText());
    }

    @Override
    public Optional<Session> find(String id) {
        String text = map.get(id);
        return text == null ? Optional.empty() : Optional.of(SessionRecord.parse(text).toSession());
    }

    @Override
    public boolean used(Session session, long nowMillis) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String text = map.get(session.id());
            if (text == null) {
                return false;
            }
            SessionRecord record = SessionRecord.parse(text);
            session.restore(record);
            if (nowMillis - record.activeAtMillis() < USE_WRITE_INTERVAL_MILLIS
                    || map.replace(session.id(), text, record.usedAt(nowMillis).toText())) {
                return true;
            }
        }
        // every attempt lost to another node's write, each of which also recorded a use
        return true;
    }

    @Override
    public boolean expire(Session session, Predicate<Session> due) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String text = map.get(session.id());
            if (text == null) {
                return true;
            }
            session.restore(SessionRecord.parse(text));
            if (!due.test(session)) {
                return false;
            }
            if (map.remove(session.id(), text)) {
                return true;
            }
        }
        // the record keeps changing, so the session is in use: the next sweep looks again
        return false;
    }

    @Override
    public void initialized(Session session) {
        update(session.id(), SessionRecord::markedInitialized);
    }

    @Override
    public void logLevel(Session session, String level) {
        update(session.id(), record -> record.withLogLevel(level));
    }

    @Override
    public void ended(String id) {
        map.remove(id);
    }

    @Override
    public List<String> endedElsewhere() {
        List<String> ids = new ArrayList<>();
        for (String id = removed.poll(); id != null; id = removed.poll()) {
            ids.add(id);
        }
        return ids;
    }

    /** Applies {@code change} to the record of {@code id}; a lost race means another node's write went in, so retry. */
    private void update(String id, UnaryOperator<SessionRecord> change) {
        while (true) {
            String text = map.get(id);
            if (text == null || map.replace(id, text, change.apply(SessionRecord.parse(text)).toText())) {
                return;
            }
        }
    }
}
