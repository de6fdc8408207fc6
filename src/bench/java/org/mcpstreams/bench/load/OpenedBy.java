package org.mcpstreams.bench.load;

import java.util.Locale;

/**
 * What tells a client that its GET stream is open: the server's priming event (an event with an
 * id and empty data, as ours and the minimal baseline send it), or, for a server that sends none,
 * the 200 status of the GET. Reconnect times are measured to the same moment.
 */
enum OpenedBy {
    PRIMING_EVENT,
    HEADERS;

    /** {@code priming-event} or {@code headers}, as the load run's argument {@code opened-by} names them. */
    static OpenedBy parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
