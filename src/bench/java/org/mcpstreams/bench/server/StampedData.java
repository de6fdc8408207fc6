package org.mcpstreams.bench.server;

import java.time.Instant;

/**
 * The {@code data} of a load benchmark notification, stamped with the time it is sent:
 * {@code <round>:<n>:<sent, µs since the epoch>:} then padding to {@code bytes} characters.
 * Shared by the bench WAR's trigger and the baseline server, so both send the same notifications.
 */
public final class StampedData {

    private StampedData() {
    }

    /** The data of notification {@code n} of {@code round}, stamped now. */
    public static String of(int round, int n, int bytes) {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        StringBuilder data = new StringBuilder(Math.max(bytes, 40))
                .append(round).append(':').append(n).append(':').append(micros).append(':');
        while (data.length() < bytes) {
            data.append('x');
        }
        return data.toString();
    }
}
