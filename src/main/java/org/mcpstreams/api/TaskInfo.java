package org.mcpstreams.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A task of the tasks extension as the application sees it.
 *
 * @param id the {@code taskId} its client polls
 * @param user the user who started it; null for an anonymous client
 * @param status {@code working}, {@code input_required}, {@code completed}, {@code failed} or
 *     {@code cancelled}
 * @param expiresAt when it is forgotten, result included
 */
public record TaskInfo(String id, String user, String status, Instant createdAt, Instant lastUpdatedAt,
        Instant expiresAt) {

    /** @throws NullPointerException when a component but {@code user} is null */
    public TaskInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
