package org.mcpstreams.tasks;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a task belongs to: the user who started it and, on a session (2025 revisions), that
 * session. Only its owner finds a task.
 *
 * @param user the authenticated user's name; empty for an anonymous client
 * @param sessionId empty in the stateless revision, where a task outlives each request
 */
public record TaskOwner(Optional<String> user, Optional<String> sessionId) {

    public TaskOwner {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
