package org.mcpstreams.bench.load;

/**
 * What a benchmark notification carries in its {@code data} ({@code StampedData}): the round, its
 * number and the time the server sent it, in µs since the epoch.
 */
record Stamp(int round, int n, long sentMicros) {

    private static final String DATA = "\"data\":\"";

    /** Reads the stamp from a notification's JSON text; null when it carries none. */
    static Stamp parse(String json) {
        int at = json.indexOf(DATA);
        if (at < 0) {
            return null;
        }
        int start = at + DATA.length();
        int first = json.indexOf(':', start);
        int second = json.indexOf(':', first + 1);
        int third = json.indexOf(':', second + 1);
        return new Stamp(Integer.parseInt(json, start, first, 10), Integer.parseInt(json, first + 1, second, 10),
                Long.parseLong(json, second + 1, third, 10));
    }
}
