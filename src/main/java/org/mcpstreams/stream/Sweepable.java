package org.mcpstreams.stream;

/** A bean whose expiry and housekeeping {@link StreamSweeper} runs at the sweep interval. */
public interface Sweepable {

    /** Expires what is due; safe to call at any time, from any thread. */
    void sweep();
}
