package org.mcpstreams.session;

import java.util.Arrays;
import java.util.Optional;

/** The MCP protocol revisions this server speaks over Streamable HTTP, oldest first. */
public enum ProtocolVersion {
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25");

    /** What a request without {@code MCP-Protocol-Version} is taken to speak. */
    public static final ProtocolVersion ASSUMED = V2025_03_26;

    private final String wire;

    ProtocolVersion(String wire) {
        this.wire = wire;
    }

    /** The newest revision: what an {@code initialize} asking for an unknown one is offered. */
    public static final ProtocolVersion LATEST = V2025_11_25;

    /** The revision named by a header value; empty when it is not one this server speaks. */
    public static Optional<ProtocolVersion> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(text)).findFirst();
    }

    /** Whether streams start with a priming event (id, empty data): older clients choke on it. */
    public boolean primesStreams() {
        return compareTo(V2025_11_25) >= 0;
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
