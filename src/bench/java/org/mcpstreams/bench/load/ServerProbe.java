package org.mcpstreams.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the server process from outside: its resident memory from {@code /proc/<pid>/status} and
 * its live heap after a forced full collection, through {@code jcmd}. Given the processes of
 * several nodes, it reads each and gives their sum (the histogram: the first's).
 */
final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final List<Long> pids;
    private final String jcmd;

    ServerProbe(long pid) {
        this(List.of(pid));
    }

    ServerProbe(List<Long> pids) {
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("no server process");
        }
        this.pids = List.copyOf(pids);
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** VmRSS in kB, summed over the processes. */
    long rssKb() {
        return pids.stream().mapToLong(ServerProbe::rssKbOf).sum();
    }

    /** CPU time the processes used so far, user and system, in ms, summed. */
    long cpuMillis() {
        return pids.stream().mapToLong(ServerProbe::cpuMillisOf).sum();
    }

    /** The heap in use, in kB, right after two forced full collections, summed over the processes. */
    long heapAfterGcKb() {
        return pids.stream().mapToLong(this::heapAfterGcKbOf).sum();
    }

    /** The first {@code lines} lines of the class histogram of live objects of the first process. */
    String histogram(int lines) {
        List<String> all = run(pids.get(0), "GC.class_histogram").lines().toList();
        return String.join("\n", all.subList(0, Math.min(lines, all.size()))) + "\n";
    }

    private static long rssKbOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** CPU time the process used so far, user and system, in ms (from {@code /proc/<pid>/stat}). */
    private static long cpuMillisOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long heapAfterGcKbOf(long pid) {
        run(pid, "GC.run");
        run(pid, "GC.run");
        Matcher used = USED.matcher(run(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private String run(long pid, String command) {
        try {
            Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
