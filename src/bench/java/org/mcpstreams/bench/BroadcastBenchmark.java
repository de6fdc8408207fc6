package org.mcpstreams.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.stream.Priming;
import org.mcpstreams.stream.StreamKind;
import org.mcpstreams.stream.StreamRegistry;
import org.mcpstreams.stream.StreamScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 100-byte message to {@value #SESSIONS} sessions, each with one live stream and its own
 * (discarding) connection; default buffers of 500 events. One operation is
 * {@value #SESSIONS} events: divide by it for the cost per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BroadcastBenchmark {

    static final int SESSIONS = 10_000;

    /** Events each stream retains: the default limit; JMH's {@code -p bufferEvents=10} shrinks the retained set. */
    @Param("500")
    public long bufferEvents;

    private StreamRegistry registry;
    private MinimalRegistry minimal;

    @Setup
    public void setUp() {
        registry = Fixtures.registry(Fixtures.limits(
                Map.of(ConfigKeys.STREAMS_MAX_OPEN, (long) SESSIONS, ConfigKeys.STREAMS_BUFFER_EVENTS, bufferEvents)));
        minimal = new MinimalRegistry(registry.limits().bufferEvents());
        DiscardingSink[] sinks = new DiscardingSink[SESSIONS];
        for (int i = 0; i < SESSIONS; i++) {
            sinks[i] = new DiscardingSink();
            String streamId = registry.open(new StreamScope("session-" + i, null), StreamKind.SESSION, Priming.NONE, sinks[i]);
            minimal.open(streamId);
        }
        Fixtures.check(registry.router().broadcast(Fixtures.MESSAGE) == SESSIONS, "broadcast reaches every session");
        for (DiscardingSink sink : sinks) {
            Fixtures.check(sink.events == 1, "every connection was written to");
        }
    }

    @Benchmark
    public int broadcast() {
        return registry.router().broadcast(Fixtures.MESSAGE);
    }

    @Benchmark
    public int baseline() {
        return minimal.broadcast(Fixtures.MESSAGE);
    }
}
