package org.mcpstreams.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** What the summary says about the machine: processors, memory, CPU model and load at the start. */
public record Machine(int processors, long memoryBytes, String cpu, String loadAverage) {

    public static Machine now() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name")
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String load = firstLine(Path.of("/proc/loadavg"), "")
                .map(line -> String.join(" ", Arrays.copyOf(line.split(" "), 3))).orElse("unknown");
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu, load);
    }

    public String describe() {
        return String.format("%d CPUs (%s), %.1f GiB memory; load average at the start %s (1, 5, 15 min)",
                processors, cpu, memoryBytes / (1024.0 * 1024 * 1024), loadAverage);
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
