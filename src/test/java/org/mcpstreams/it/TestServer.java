package org.mcpstreams.it;

import java.util.Locale;

/**
 * The server the Arquillian tests run on (the POM's server profile, Arquillian's container
 * qualifier), with what the tests need to know of it: the few things a server may or may not offer.
 */
enum TestServer {
    PAYARA6(true, true), PAYARA7(true, true), WILDFLY(false, false), LIBERTY(true, true);

    private final boolean microProfileMetrics;
    private final boolean blockingWrites;

    TestServer(boolean microProfileMetrics, boolean blockingWrites) {
        this.microProfileMetrics = microProfileMetrics;
        this.blockingWrites = blockingWrites;
    }

    /** The server of this run. */
    static TestServer current() {
        return valueOf(System.getProperty("arquillian.launch", "payara6").toUpperCase(Locale.ROOT));
    }

    /** Whether the server offers MicroProfile Metrics (else the figures go out through MicroProfile Telemetry). */
    boolean microProfileMetrics() {
        return microProfileMetrics;
    }

    /**
     * Whether a write to a client that stopped reading blocks the delivery thread (Jersey; Open
     * Liberty even under RESTEasy's asynchronous API), rather than going on asynchronously (WildFly).
     */
    boolean blockingWrites() {
        return blockingWrites;
    }
}
