package org.mcpstreams.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mcpstreams.stream.Priming;

/** The MCP protocol revisions this server speaks over Streamable HTTP, oldest first. */
public enum ProtocolVersion {
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25"),
    /** Stateless: no {@code initialize}, no session; every request carries its version in {@code _meta}. */
    V2026_07_28("2026-07-28");

    /** What a request without {@code MCP-Protocol-Version} is taken to speak. */
    public static final ProtocolVersion ASSUMED = V2025_03_26;

    /** The newest revision with sessions: what an {@code initialize} asking for another one is offered. */
    public static final ProtocolVersion LATEST = V2025_11_25;

    /** Every revision, oldest first: {@code values()} makes a copy on each call. */
    private static final ProtocolVersion[] ALL = values();

    private final String wire;

    ProtocolVersion(String wire) {
        this.wire = wire;
    }

    /** Every revision's name, oldest first, as an unsupported-version error lists them. */
    public static List<String> supported() {
        return Arrays.stream(values()).map(ProtocolVersion::toString).toList();
    }

    /** The revision named by a header value; empty when it is not one this server speaks. */
    public static Optional<ProtocolVersion> parse(String text) {
        for (ProtocolVersion version : ALL) { // every request asks: no stream, no copy of values()
            if (version.wire.equals(text)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** Whether streams start with a priming event (id, empty data): older clients choke on it. */
    public boolean primesStreams() {
        return compareTo(V2025_11_25) >= 0;
    }

    /** How this revision's streams start: with a priming event from 2025-11-25 on. */
    public Priming priming() {
        return primesStreams() ? Priming.EVENT : Priming.NONE;
    }

    /** Whether requests stand alone, without {@code initialize} or a session (2026-07-28 on). */
    public boolean stateless() {
        return compareTo(V2026_07_28) >= 0;
    }

    /** Whether a POST body may hold a JSON-RPC batch: only in 2025-03-26. */
    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    @Override
    public String toString() {
        return wire;
    }
}
