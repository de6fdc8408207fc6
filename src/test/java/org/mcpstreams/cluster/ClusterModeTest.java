package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.config.SessionLimits;
import org.mcpstreams.config.StreamLimits;

/** Cluster mode keeps Hazelcast to two classes, and bounds what a stopped node leaves in the map. */
class ClusterModeTest {

    @Test
    void onlyTheThreeHazelcastClassesImportHazelcast() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> importers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(ClusterModeTest::importsHazelcast)
                    .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertEquals(List.of("org/mcpstreams/cluster/HazelcastReplicaMap.java",
                    "org/mcpstreams/cluster/HazelcastRouting.java", "org/mcpstreams/cluster/HazelcastSessionMap.java"),
                    importers);
        }
    }

    @Test
    void recordsNoNodeReadsAreKeptTwiceTheLongestASessionLivesUnused() {
        assertEquals(Duration.ofSeconds(3_600), ClusterMode.backstop(limits(Duration.ofSeconds(1_800))));
        assertEquals(Duration.ofSeconds(120), ClusterMode.backstop(limits(Duration.ofSeconds(10))));
    }

    @Test
    void recordsAreKeptForEverWhenSessionsNeverIdleOut() {
        assertEquals(Duration.ZERO, ClusterMode.backstop(limits(Duration.ZERO)));
    }

    @Test
    void keptEventsNoMemberTouchesGoAfterAStreamsIdleTimeoutAndResumeWindowOrNeverWithoutAnIdleTimeout() {
        StreamLimits defaults = StreamLimits.DEFAULTS;
        assertEquals(defaults.idleTimeout().plus(defaults.resumeWindow()), ClusterMode.keptFor(defaults));
        StreamLimits never = StreamLimits.from(key -> key.equals(ConfigKeys.STREAMS_IDLE_TIMEOUT.name())
                ? Optional.of("0") : Optional.empty());
        assertEquals(Duration.ZERO, ClusterMode.keptFor(never));
    }

    @Test
    void aMembersTagInRequestIdsIsTwelveCharactersOfItsIdAndADash() {
        assertEquals("3f2a9c1e7b40-", ClusterMode.idTag("3f2a9c1e-7b40-4d6e-9a1b-0c2d3e4f5a6b"));
        assertEquals("node-", ClusterMode.idTag("node"));
    }

    private static SessionLimits limits(Duration idleTimeout) {
        return new SessionLimits(10, idleTimeout, Duration.ofSeconds(60), 100, 16);
    }

    private static boolean importsHazelcast(Path file) {
        try {
            return Files.readString(file).contains("import com.hazelcast.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
