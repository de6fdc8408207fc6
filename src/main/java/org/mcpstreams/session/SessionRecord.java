package org.mcpstreams.session;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Objects;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What a node needs of a session to serve its requests, as the other nodes of a cluster see it:
 * written as JSON text into the cluster-wide {@link SessionMap}, so that the map holds nothing but
 * strings and no member needs our classes to read it.
 *
 * @param user the authenticated user who created the session, or null for an anonymous one
 * @param activeAtMillis the last use on any node, as far as it was shared
 */
record SessionRecord(String id, String user, ProtocolVersion version, JsonObject clientCapabilities,
        JsonObject clientInfo, long createdAtMillis, long activeAtMillis, boolean initialized, String logLevel) {

    SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clientCapabilities, "clientCapabilities");
        Objects.requireNonNull(clientInfo, "clientInfo");
        Objects.requireNonNull(logLevel, "logLevel");
    }

    /** The shared state of a session as this node has it now. */
    static SessionRecord of(Session session) {
        return new SessionRecord(session.id(), session.user(), session.version(), session.clientCapabilities(),
                session.clientInfo(), session.createdAtMillis(), session.activeAtMillis(), session.initialized(),
                session.logLevel());
    }

    /**
     * The record a text of {@link #toText()} stands for.
     *
     * @throws IllegalArgumentException when the text is not such a record
     */
    static SessionRecord parse(String text) {
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            String version = json.getString("version");
            return new SessionRecord(json.getString("id"), json.isNull("user") ? null : json.getString("user"),
                    ProtocolVersion.parse(version).orElseThrow(() -> new IllegalArgumentException(
                            "unknown protocol version " + version)),
                    json.getJsonObject("capabilities"), json.getJsonObject("clientInfo"),
                    json.getJsonNumber("createdAt").longValueExact(), json.getJsonNumber("activeAt").longValueExact(),
                    json.getBoolean("initialized"), json.getString("logLevel"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a session record: " + e.getMessage(), e);
        }
    }

    /** The record as one JSON object, the form the cluster-wide map keeps. */
    String toText() {
        return Jsonp.createObjectBuilder()
                .add("id", id)
                .add("user", user == null ? JsonValue.NULL : Jsonp.createValue(user))
                .add("version", version.toString())
                .add("capabilities", clientCapabilities)
                .add("clientInfo", clientInfo)
                .add("createdAt", createdAtMillis)
                .add("activeAt", activeAtMillis)
                .add("initialized", initialized)
                .add("logLevel", logLevel)
                .build().toString();
    }

    /** A local session rebuilt from this record, on a node that had not seen it yet. */
    Session toSession() {
        Session session = new Session(id, user, version, clientCapabilities, clientInfo, createdAtMillis);
        session.restore(this);
        return session;
    }

    SessionRecord usedAt(long nowMillis) {
        return new SessionRecord(id, user, version, clientCapabilities, clientInfo, createdAtMillis,
                Math.max(activeAtMillis, nowMillis), initialized, logLevel);
    }

    SessionRecord markedInitialized() {
        return new SessionRecord(id, user, version, clientCapabilities, clientInfo, createdAtMillis, activeAtMillis,
                true, logLevel);
    }

    SessionRecord withLogLevel(String level) {
        return new SessionRecord(id, user, version, clientCapabilities, clientInfo, createdAtMillis, activeAtMillis,
                initialized, level);
    }
}
