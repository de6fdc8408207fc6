package org.mcpstreams.session;

/**
 * A session has ended: by DELETE, by idle expiry, or because its client never finished
 * initializing. Fired (CDI, synchronously) after its streams were closed, so that whatever else
 * the session owns is let go: its running calls, its pending requests to the client, its
 * subscriptions.
 *
 * @param sessionId the id of the ended session
 */
public record SessionEnded(String sessionId) {
}
