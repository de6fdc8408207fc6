package org.mcpstreams.cluster;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.protocol.AnswerSharing;

/**
 * The {@link AnswerSharing} of cluster mode: a client's answer that no request of this member
 * waits for is told to every other member, and the one whose request waits for it takes it (the
 * others find no request with that id, since each member's ids carry its own tag). Nothing is
 * recorded per request: answers that arrive on the member that asked cost nothing more. An answer
 * another member told is taken on {@code threads}, not on the grid's thread: taking it completes
 * the stage the application waits on, whose code then runs there.
 * Thread-safe: the taker is set once and read through a volatile field.
 */
final class ClusterAnswers implements AnswerSharing {

    private static final RateLimitedLog WARNINGS = RateLimitedLog.warnings(Logger.getLogger(ClusterAnswers.class.getName()));

    private final RoutingGrid grid;
    private final String tag;
    private final Executor threads;
    private volatile BiConsumer<String, String> taker = (sessionId, answer) -> { };

    /**
     * @param tag this member's tag in request ids: unique among the members, no line break
     * @param threads where the answers other members tell are taken
     */
    ClusterAnswers(RoutingGrid grid, String tag, Executor threads) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    @Override
    public String idTag() {
        return tag;
    }

    @Override
    public boolean share(String sessionId, String answer) {
        if (!grid.hasOthers()) {
            return false;
        }
        grid.tellOthers(new Forward.Answer(sessionId, answer));
        return true;
    }

    @Override
    public void takeWith(BiConsumer<String, String> taker) {
        this.taker = Objects.requireNonNull(taker, "taker");
    }

    /** An answer another member told: for the request here that waits for it, if any. */
    void take(Forward.Answer answer) {
        BiConsumer<String, String> current = taker;
        try {
            threads.execute(() -> current.accept(answer.sessionId(), answer.answer()));
        } catch (RejectedExecutionException stopping) {
            WARNINGS.log(() -> "Dropped a client's answer another member told: the application is stopping");
        }
    }
}
