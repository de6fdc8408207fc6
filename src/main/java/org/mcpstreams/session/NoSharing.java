package org.mcpstreams.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Nothing shared: every session lives on the node that made it. */
enum NoSharing implements SessionSharing {
    INSTANCE;

    @Override
    public void created(Session session) {
    }

    @Override
    public Optional<Session> find(String id) {
        return Optional.empty();
    }

    @Override
    public boolean used(Session session, long nowMillis) {
        return true;
    }

    @Override
    public boolean expire(Session session, Predicate<Session> due) {
        return true;
    }

    @Override
    public void initialized(Session session) {
    }

    @Override
    public void logLevel(Session session, String level) {
    }

    @Override
    public void ended(String id) {
    }

    @Override
    public List<String> endedElsewhere() {
        return List.of();
    }
}
