package org.mcpstreams.it;

import java.util.Locale;

/**
 * The server the Arquillian tests run on (the POM's server profile, Arquillian's container
 * qualifier), with what the tests need to know of it: the few things a server may or may not offer.
 */
enum TestServer {
    PAYARA6(true), PAYARA7(true), WILDFLY(false), LIBERTY(true);

    private final boolean microProfileMetrics;

    TestServer(boolean microProfileMetrics) {
        this.microProfileMetrics = microProfileMetrics;
    }

    /** The server of this run. */
    static TestServer current() {
        return valueOf(System.getProperty("arquillian.launch", "payara6").toUpperCase(Locale.ROOT));
    }

    /** Whether the server offers MicroProfile Metrics (else the figures go out through MicroProfile Telemetry). */
    boolean microProfileMetrics() {
        return microProfileMetrics;
    }
}
