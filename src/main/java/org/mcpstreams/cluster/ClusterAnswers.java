package org.mcpstreams.cluster;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.mcpstreams.protocol.AnswerSharing;

/**
 * The {@link AnswerSharing} of cluster mode: a client's answer that no request of this member
 * waits for is told to every other member, and the one whose request waits for it takes it (the
 * others find no request with that id, since each member's ids carry its own tag). Nothing is
 * recorded per request: answers that arrive on the member that asked cost nothing more.
 * Thread-safe: the taker is set once and read through a volatile field.
 */
final class ClusterAnswers implements AnswerSharing {

    private final RoutingGrid grid;
    private final String tag;
    private volatile BiConsumer<String, String> taker = (sessionId, answer) -> { };

    /** @param tag this member's tag in request ids: unique among the members, no line break */
    ClusterAnswers(RoutingGrid grid, String tag) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.tag = Objects.requireNonNull(tag, "tag");
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
        taker.accept(answer.sessionId(), answer.answer());
    }
}
