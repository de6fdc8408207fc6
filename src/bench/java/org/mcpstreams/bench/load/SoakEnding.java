package org.mcpstreams.bench.load;

import java.util.Map;

/**
 * How the soak ended: the churn stopped, the clients settled, then one last broadcast that every
 * live session had to receive.
 *
 * @param settled whether every client was live again, with nothing due, before the last broadcast
 * @param states how many clients were in each state then
 * @param lastNumber the number of the last broadcast
 * @param missing broadcasts live sessions never received, counted once the wait for them ended
 * @param waitMillis how long the wait for the last broadcast took
 */
record SoakEnding(boolean settled, Map<SoakClient.State, Integer> states, long lastNumber, long missing,
        long waitMillis) {

    SoakEnding {
        states = Map.copyOf(states);
    }
}
