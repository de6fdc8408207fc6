package org.mcpstreams.it;

import java.util.Map;

/**
 * The conformance suite's warnings this server gives on purpose, each explained in the README
 * ("Conformance"); any other warning fails {@link ConformanceIT}.
 */
final class ExplainedWarnings {

    /** Check id → why the warning is right for this server. */
    private static final Map<String, String> WHY = Map.of();

    private ExplainedWarnings() {
    }

    static boolean explained(ConformanceSuite.Finding warning) {
        return WHY.containsKey(warning.check());
    }
}
