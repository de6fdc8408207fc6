package org.mcpstreams.bench.load;

import java.util.function.Consumer;

/**
 * What every soak client shares, all used on the event loop's thread (the broadcaster's counters
 * are read there too).
 *
 * @param firstOpen told once per client, when its first session's stream is open
 */
record SoakContext(EventLoop loop, Requests requests, SoakTally tally, Timers timers, Broadcaster broadcasts,
        Consumer<SoakClient> firstOpen) {
}
