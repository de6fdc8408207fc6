package org.mcpstreams.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.Routed;
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
 * One 100-byte message to one live stream, written to its (discarding) connection: by stream id
 * ({@code send}) and by session ({@code deliver}). Buffers hold the default 500 events, so every
 * operation also evicts the oldest one, as on a busy stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SendBenchmark {

    private StreamRegistry registry;
    private MinimalRegistry minimal;
    private String streamId;

    @Setup
    public void setUp() {
        registry = Fixtures.registry(Fixtures.limits(Map.of()));
        DiscardingSink sink = new DiscardingSink();
        streamId = registry.open(new StreamScope("send", null), StreamKind.SESSION, Priming.NONE, sink);

        registry.open(new StreamScope("one-live", null), StreamKind.SESSION, Priming.NONE, sink);

        // the live stream first, then two without a connection: routing walks past both
        StreamScope three = new StreamScope("three-streams", null);
        registry.open(three, StreamKind.SESSION, Priming.NONE, sink);
        registry.create(three, StreamKind.SESSION);
        registry.create(three, StreamKind.REQUEST);

        Fixtures.check(registry.send(streamId, Fixtures.MESSAGE), "send to the stream");
        Fixtures.check(registry.router().deliver("one-live", Fixtures.MESSAGE) == Routed.LIVE, "one-live is live");
        Fixtures.check(registry.router().deliver("three-streams", Fixtures.MESSAGE) == Routed.LIVE, "three-streams is live");
        Fixtures.check(sink.events == 3, "every message was written");

        minimal = new MinimalRegistry(registry.limits().bufferEvents());
        minimal.open(streamId);
    }

    @Benchmark
    public boolean send() {
        return registry.send(streamId, Fixtures.MESSAGE);
    }

    @Benchmark
    public Routed deliverOneLiveStream() {
        return registry.router().deliver("one-live", Fixtures.MESSAGE);
    }

    @Benchmark
    public Routed deliverThreeStreamsOneLive() {
        return registry.router().deliver("three-streams", Fixtures.MESSAGE);
    }

    @Benchmark
    public boolean baseline() {
        return minimal.send(streamId, Fixtures.MESSAGE);
    }
}
