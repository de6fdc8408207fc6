package org.mcpstreams.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.stream.EventId;
import org.mcpstreams.stream.Resume;
import org.mcpstreams.stream.StreamEvent;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@value #REPLAYED} events after an id, from a stream that holds {@value #HELD}: as a list
 * ({@code replayAfter}), and written to a new (discarding) connection by a resume with that
 * {@code Last-Event-ID}, which also replaces the previous connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReplayBenchmark {

    static final int REPLAYED = 1_000;
    static final int HELD = 1_024;

    private final StreamScope scope = new StreamScope("replay", null);
    private final DiscardingSink sink = new DiscardingSink();
    private StreamRegistry registry;
    private MinimalRegistry minimal;
    private String streamId;
    private EventId after;
    private String lastEventId;

    @Setup
    public void setUp() {
        registry = Fixtures.registry(Fixtures.limits(Map.of(ConfigKeys.STREAMS_BUFFER_EVENTS, (long) HELD)));
        streamId = registry.create(scope, StreamKind.SESSION);
        minimal = new MinimalRegistry(HELD);
        minimal.open(streamId);
        for (int i = 0; i < HELD; i++) {
            registry.send(streamId, Fixtures.MESSAGE);
            minimal.send(streamId, Fixtures.MESSAGE);
        }
        after = new EventId(streamId, HELD - REPLAYED);
        lastEventId = after.toString();

        Fixtures.check(registry.replayAfter(after).size() == REPLAYED, "replayAfter returns 1,000 events");
        Fixtures.check(registry.resume(scope, lastEventId, sink) instanceof Resume.Resumed, "the stream resumes");
        Fixtures.check(sink.events == REPLAYED && sink.lastId.seq() == HELD, "a resume writes 1,000 events");
        Fixtures.check(minimal.last(streamId, REPLAYED).length == REPLAYED, "the baseline copies 1,000 events");
    }

    @Benchmark
    public List<StreamEvent> replayAfter() {
        return registry.replayAfter(after);
    }

    @Benchmark
    public Resume resume() {
        return registry.resume(scope, lastEventId, sink);
    }

    @Benchmark
    public String[] baseline() {
        return minimal.last(streamId, REPLAYED);
    }
}
