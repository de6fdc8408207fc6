package org.mcpstreams.stream;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a stream belongs to: an MCP session and, when the request that opened it was
 * authenticated, the user. A stream is resumed only within the same scope.
 *
 * @param sessionId the MCP session id; visible ASCII, never blank
 * @param user the authenticated user's name, or null when the request was anonymous
 */
public record StreamScope(String sessionId, String user) {

    public StreamScope {
        Objects.requireNonNull(sessionId, "sessionId");
        if (sessionId.isEmpty() || !StreamId.isVisibleAscii(sessionId)) {
            throw new IllegalArgumentException("sessionId must be non-empty visible ASCII");
        }
    }

    public Optional<String> userName() {
        return Optional.ofNullable(user);
    }
}
