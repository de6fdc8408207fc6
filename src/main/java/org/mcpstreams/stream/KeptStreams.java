package org.mcpstreams.stream;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.logging.RateLimitedLog;

/**
 * The registry's side of {@link StreamReplicas}: which streams' events are kept beyond this node
 * (session streams only), and the takeover of a stream kept there that a resume names; a failing
 * grid is logged rather than thrown. Thread-safe: both fields are volatile, each set once.
 */
final class KeptStreams {

    private static final Logger LOG = Logger.getLogger(KeptStreams.class.getName());
    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(LOG);

    private final StreamLimits limits;
    private final RegistryStats stats;
    private final LocalSessionRouter router;
    private volatile StreamReplicas replicas = StreamReplicas.NONE;
    private volatile boolean keepAll;

    KeptStreams(StreamLimits limits, RegistryStats stats, LocalSessionRouter router) {
        this.limits = limits;
        this.stats = stats;
        this.router = router;
    }

    /** Makes one of the registry's session streams, holding a slot; null when it holds one with that id already. */
    interface StreamMaker {
        /** @throws StreamLimitExceededException when no slot is free */
        SseStream make(String id, StreamScope scope, ReplayBuffer buffer);
    }

    /**
     * Resumes a session stream this node does not hold from what is kept of it: this node holds it
     * from now on, as its session's newest stream here, and keeps its events. A takeover the limits
     * refuse is {@link Resume.Unknown} (the stream the transport opens instead is refused with the limit).
     *
     * @return the outcome; empty when this node came to hold the stream meanwhile (resume it as usual)
     */
    Optional<Resume> takeOver(StreamScope scope, EventId last, Priming priming, EventSink sink, StreamMaker maker,
            Consumer<SseStream> close) {
        Optional<StreamReplicas.KeptStream> found = find(last.streamId());
        if (found.isEmpty()) {
            return Optional.of(new Resume.Unknown(last.toString()));
        }
        if (!found.get().scope().equals(scope)) {
            WARNINGS.log(() -> "Refused to take over stream " + last.streamId() + " for another session or user");
            return Optional.of(new Resume.Foreign(last.toString()));
        }
        Optional<StreamReplicas.KeptStream> claimed = claim(found.get());
        if (claimed.isEmpty()) {
            return Optional.of(new Resume.Unknown(last.toString()));
        }
        SseStream stream;
        try {
            stream = maker.make(last.streamId(), scope,
                    ReplayBuffer.takenOver(claimed.get(), last.seq(), limits.bufferEvents(), limits.bufferBytes()));
        } catch (StreamLimitExceededException full) {
            replicas.release(last.streamId()); // no slot: what is kept stays for a later resume
            return Optional.of(new Resume.Unknown(last.toString()));
        }
        if (stream == null) {
            return Optional.empty();
        }
        if (!(router.admit(stream, limits.maxPerSession()) instanceof SessionStreams.Admitted admitted)) {
            replicas.release(last.streamId()); // the session's share is full: what is kept stays for a later resume
            close.accept(stream);
            return Optional.of(new Resume.Unknown(last.toString()));
        }
        admitted.evicted().ifPresent(close);
        stats.opened();
        long missed = stream.attach(sink, last.seq(), priming).orElse(0);
        stats.resumed(missed);
        return Optional.of(new Resume.Resumed(stream.id, missed));
    }

    void use(StreamReplicas replicas) {
        this.replicas = Objects.requireNonNull(replicas, "replicas");
    }

    /** Where a new stream of {@code kind} keeps its events: only a session stream's are kept beyond this node. */
    StreamReplicas forKind(StreamKind kind) {
        return kind == StreamKind.SESSION ? replicas : StreamReplicas.NONE;
    }

    /** What is kept of a stream this node does not hold; empty when nothing is, or the grid failed. */
    Optional<StreamReplicas.KeptStream> find(String streamId) {
        try {
            return replicas.find(streamId);
        } catch (RuntimeException failed) {
            WARNINGS.log(() -> "Could not look up the kept events of stream " + streamId + ": " + failed);
            return Optional.empty();
        }
    }

    /** Takes a kept stream over; empty when another node took it meanwhile, it went, or the grid failed. */
    Optional<StreamReplicas.KeptStream> claim(StreamReplicas.KeptStream kept) {
        try {
            return replicas.claim(kept);
        } catch (RuntimeException failed) {
            WARNINGS.log(() -> "Could not take over stream " + kept.streamId() + ": " + failed);
            return Optional.empty();
        }
    }

    /** A stream of this node ended for good: what is kept of it goes, unless this node is shutting down. */
    void forget(SseStream stream) {
        if (stream.kind != StreamKind.SESSION || keepAll) {
            return;
        }
        try {
            replicas.remove(stream.id);
        } catch (RuntimeException failed) {
            WARNINGS.log(() -> "Could not forget the kept events of stream " + stream.id + ": " + failed);
        }
    }

    /** From now on, streams that close keep what is kept of them, for resumes on other nodes: this node is stopping. */
    void keepAll() {
        keepAll = true;
    }
}
