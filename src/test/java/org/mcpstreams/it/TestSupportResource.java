package org.mcpstreams.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.stream.ContainerResources;
import org.mcpstreams.stream.LocalSessionRouter;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamStats;

/** Test deployments only: lets a test send notifications, move the clock and read the counters. */
@Path("test-support")
@RequestScoped
public class TestSupportResource {

    @Inject
    Notifier notifier;

    @Inject
    StreamRegistry registry;

    @Inject
    LocalSessionRouter router;

    @Inject
    ContainerResources resources;

    /**
     * Sends {@code count} notifications numbered from {@code from} to one session, their data
     * "event n", followed by a space and {@code padding} x's when {@code padding} is positive.
     */
    @POST
    @Path("notify")
    public String notifySession(@QueryParam("session") String session, @QueryParam("from") int from,
            @QueryParam("count") int count, @QueryParam("padding") int padding) {
        String pad = padding > 0 ? " " + "x".repeat(padding) : "";
        for (int n = from; n < from + count; n++) {
            notifier.notify(session, "notifications/message",
                    Json.createObjectBuilder().add("level", "info").add("data", "event " + n + pad).build());
        }
        return "sent " + count;
    }

    @POST
    @Path("close-session")
    public String closeSession(@QueryParam("session") String session) {
        router.closeSession(session);
        return "closed " + session;
    }

    /**
     * Drops the connection of every GET stream of a session, as a network failure would, and
     * keeps the streams for a resume; answers the ids of the streams dropped, one a line.
     */
    @POST
    @Path("disconnect-session-streams")
    @Produces(MediaType.TEXT_PLAIN)
    public String disconnectSessionStreams(@QueryParam("session") String session) {
        List<String> dropped = new ArrayList<>();
        for (String streamId : router.streamIds(session, StreamKind.SESSION)) {
            if (registry.disconnect(streamId)) {
                dropped.add(streamId);
            }
        }
        return String.join("\n", dropped);
    }

    /** Moves the registry's clock forward, then sweeps as the periodic task would. */
    @POST
    @Path("clock")
    public String advance(@QueryParam("seconds") long seconds) {
        TestClockProducer.CLOCK.advanceMillis(seconds * 1000);
        registry.sweep();
        return "advanced " + seconds + " s";
    }

    /** How many calls of the "wait" test tool were cancelled. */
    @POST
    @Path("cancelled")
    @Produces(MediaType.TEXT_PLAIN)
    public String cancelled() {
        return String.valueOf(TestTools.CANCELLED.get());
    }

    @GET
    @Path("stats")
    @Produces(MediaType.TEXT_PLAIN)
    public String stats() {
        StreamStats stats = registry.stats();
        return stats + ", deliveryThreads=" + resources.deliveryThreads();
    }
}
