package org.mcpstreams.session;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * One MCP session: its id, the user it belongs to, what was negotiated at {@code initialize},
 * and when it was last used. On a cluster each node that serves the session has its own copy,
 * brought up to date from the shared record on each use ({@link SessionSharing}). Thread-safe: the
 * mutable fields are volatile and written whole.
 */
public final class Session {

    private final String id;
    private final String user;
    private final ProtocolVersion version;
    private final JsonObject clientCapabilities;
    private final JsonObject clientInfo;
    private final long createdAtMillis;
    private volatile boolean initialized;
    private volatile long activeAtMillis;
    private volatile String logLevel = "info";

    Session(String id, String user, ProtocolVersion version, JsonObject clientCapabilities, JsonObject clientInfo,
            long nowMillis) {
        this.id = Objects.requireNonNull(id, "id");
        this.user = user;
        this.version = Objects.requireNonNull(version, "version");
        this.clientCapabilities = clientCapabilities == null ? JsonValue.EMPTY_JSON_OBJECT : clientCapabilities;
        this.clientInfo = clientInfo == null ? JsonValue.EMPTY_JSON_OBJECT : clientInfo;
        this.createdAtMillis = nowMillis;
        this.activeAtMillis = nowMillis;
    }

    /**
     * The context of one request of a stateless revision: never stored, never found again. Its id
     * only names the request's stream in the registry.
     *
     * @param logLevel the level the request asked for, or null for no log messages at all
     */
    public static Session stateless(String user, ProtocolVersion version, JsonObject clientCapabilities,
            JsonObject clientInfo, String logLevel) {
        Session request = new Session("request-" + UUID.randomUUID(), user, version, clientCapabilities,
                clientInfo, System.currentTimeMillis());
        request.markInitialized();
        request.logLevel(logLevel == null ? "off" : logLevel);
        return request;
    }

    public String id() {
        return id;
    }

    /** The authenticated user who created the session, or null for an anonymous one. */
    public String user() {
        return user;
    }

    /** The protocol revision negotiated at {@code initialize}. */
    public ProtocolVersion version() {
        return version;
    }

    public JsonObject clientCapabilities() {
        return clientCapabilities;
    }

    public JsonObject clientInfo() {
        return clientInfo;
    }

    /** Whether the client has sent {@code notifications/initialized}. */
    public boolean initialized() {
        return initialized;
    }

    void markInitialized() {
        initialized = true;
    }

    /** The level set by {@code logging/setLevel}: log messages below it are not sent. */
    public String logLevel() {
        return logLevel;
    }

    public void logLevel(String level) {
        this.logLevel = Objects.requireNonNull(level, "level");
    }

    /** Whether the client declared {@code capability} (e.g. "sampling") at {@code initialize}. */
    public boolean clientSupports(String capability) {
        return clientCapabilities.containsKey(capability);
    }

    long createdAtMillis() {
        return createdAtMillis;
    }

    long activeAtMillis() {
        return activeAtMillis;
    }

    void touch(long nowMillis) {
        activeAtMillis = nowMillis;
    }

    /**
     * Takes in what other nodes changed, as its shared record says: a later use, the
     * {@code initialized} notification, the log level.
     */
    void restore(SessionRecord record) {
        if (record.activeAtMillis() > activeAtMillis) {
            activeAtMillis = record.activeAtMillis();
        }
        if (record.initialized()) {
            initialized = true;
        }
        logLevel = record.logLevel();
    }
}
