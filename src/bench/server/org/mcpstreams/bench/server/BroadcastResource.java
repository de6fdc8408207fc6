package org.mcpstreams.bench.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.session.SessionStore;
import org.mcpstreams.stream.StreamRegistry;

/**
 * The load and soak benchmarks' server side, in the bench WAR only: broadcasts numbered
 * notifications that carry the time they were sent, and reads the registry's counters and the
 * number of live sessions.
 */
@Path("bench")
@RequestScoped
public class BroadcastResource {

    @Inject
    Notifier notifier;

    @Inject
    StreamRegistry registry;

    @Inject
    SessionStore sessions;

    /**
     * Broadcasts {@code count} {@code notifications/message}, numbered from {@code from}, whose
     * {@code data} is {@code bytes} characters: {@code <round>:<n>:<sent, µs since the epoch>:}
     * then padding ({@link StampedData}). Each is stamped just before its broadcast starts.
     *
     * @return the number of sessions the last one reached
     */
    @POST
    @Path("broadcast")
    @Produces(MediaType.TEXT_PLAIN)
    public String broadcast(@QueryParam("round") int round, @QueryParam("from") int from,
            @QueryParam("count") int count, @QueryParam("bytes") int bytes) {
        int reached = 0;
        for (int n = from; n < from + count; n++) {
            reached = notifier.broadcast("notifications/message", Json.createObjectBuilder()
                    .add("level", "info")
                    .add("logger", "bench")
                    .add("data", StampedData.of(round, n, bytes))
                    .build());
        }
        return String.valueOf(reached);
    }

    @GET
    @Path("stats")
    @Produces(MediaType.TEXT_PLAIN)
    public String stats() {
        return registry.stats().toString();
    }

    /** The live sessions (the session store's count; the registry's counts only sessions with a stream). */
    @GET
    @Path("sessions")
    @Produces(MediaType.TEXT_PLAIN)
    public String sessions() {
        return String.valueOf(sessions.size());
    }
}
