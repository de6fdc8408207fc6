package org.mcpstreams.transport;

import org.mcpstreams.protocol.CallStream;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamRegistry;

/**
 * A call's own stream in the registry, as its handler sees it. The handler runs before the stream
 * has its connection: a close it asks for by then is made once the connection is attached (after
 * the priming event). Thread-safe: the handler's thread and the request's meet on two volatile flags.
 */
final class OwnStream implements CallStream {

    private final StreamRegistry registry;
    private final String streamId;
    private final boolean primed;
    private volatile boolean closeAsked;
    private volatile boolean attached;

    OwnStream(StreamRegistry registry, String streamId, Priming priming) {
        this.registry = registry;
        this.streamId = streamId;
        this.primed = priming == Priming.EVENT;
    }

    @Override
    public boolean send(String message) {
        return registry.send(streamId, message);
    }

    /** Only a client sent a priming event resumes by itself: any other's connection stays. */
    @Override
    public boolean closeConnection() {
        if (!primed) {
            return false;
        }
        closeAsked = true;
        // either this sees the attach, or the attach sees the request
        return !attached || registry.closeConnection(streamId);
    }

    /** The stream got its connection: a close asked before is made now. */
    void attached() {
        attached = true;
        if (closeAsked) {
            registry.closeConnection(streamId);
        }
    }
}
