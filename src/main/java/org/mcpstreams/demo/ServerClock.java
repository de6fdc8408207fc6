package org.mcpstreams.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.Complete;
import org.mcpstreams.api.Notifier;
import org.mcpstreams.api.Prompt;
import org.mcpstreams.api.Resource;
import org.mcpstreams.stream.McpStreams;

/**
 * The demo resource: the server's time, which changes every ten seconds and tells its
 * subscribers so; and a prompt about it. Left out when {@code mcp.demo.enabled} is false.
 */
@ApplicationScoped
public class ServerClock {

    static final String URI = "demo://clock";
    static final long TICK_SECONDS = 10;

    private final Notifier notifier;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> ticks;

    @Inject
    ServerClock(Notifier notifier, @McpStreams Clock clock, @McpStreams ScheduledExecutorService scheduler) {
        this.notifier = notifier;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** For the CDI container's proxy only. */
    ServerClock() {
        this(null, null, null);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticks = scheduler.scheduleAtFixedRate(() -> notifier.resourceUpdated(URI), TICK_SECONDS, TICK_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    @Resource(uri = URI, name = "clock", title = "Server clock", description = "The server's time, to the ten seconds;"
            + " subscribers hear when it changes", mimeType = "text/plain")
    String now() {
        return "It is " + now(clock) + " on the server.";
    }

    @Prompt(title = "What time is it?", description = "Asks the model to tell the server's time in a city")
    String time(@Arg(description = "a city, such as Lima") String city) {
        return "The server clock says: " + now() + " What time is it in " + city + "?";
    }

    @Complete(prompt = "time", argument = "city")
    List<String> cities(String prefix) {
        return List.of("Berlin", "Lagos", "Lima", "London", "Tokyo", "Toronto").stream()
                .filter(city -> city.regionMatches(true, 0, prefix, 0, prefix.length())).toList();
    }

    static Instant now(Clock clock) {
        Instant now = clock.instant();
        return now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(now.getEpochSecond() % 60 / TICK_SECONDS * TICK_SECONDS);
    }
}
