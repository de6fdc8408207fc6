package org.mcpstreams.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import org.mcpstreams.config.ConfigKey;
import org.mcpstreams.config.StreamLimits;
import org.mcpstreams.stream.StreamRegistry;

/** What every benchmark shares: the message, the limits, and a registry that writes on the caller's thread. */
final class Fixtures {

    /** A 100-byte JSON-RPC notification, as an application would send. */
    static final String MESSAGE = """
            {"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"build 42 done."}}""";

    /** Drains run on the thread that appended, so each operation includes its writes. */
    static final Executor DIRECT = Runnable::run;

    static {
        if (MESSAGE.getBytes(StandardCharsets.UTF_8).length != 100) {
            throw new IllegalStateException("the benchmark message must be 100 bytes");
        }
    }

    private Fixtures() {
    }

    /** The default limits with {@code keys} changed, read as configuration would be. */
    static StreamLimits limits(Map<ConfigKey<?>, Long> keys) {
        return StreamLimits.from(name -> keys.entrySet().stream().filter(key -> key.getKey().name().equals(name))
                .map(key -> String.valueOf(key.getValue())).findFirst());
    }

    /** A registry on the system clock (as in production) and the direct executor. */
    static StreamRegistry registry(StreamLimits limits) {
        return new StreamRegistry(limits, Clock.systemUTC(), DIRECT);
    }

    /** Fails the trial when a benchmark's setup does not do what it claims to measure. */
    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark setup is wrong: " + what);
        }
    }
}
