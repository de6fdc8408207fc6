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
 * its live heap after a forced full collection, through {@code jcmd}.
 */
final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;
    private final String jcmd;

    ServerProbe(long pid) {
        this.pid = pid;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** VmRSS in kB. */
    long rssKb() {
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
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heap in use, in kB, right after two forced full collections. */
    long heapAfterGcKb() {
        run("GC.run");
        run("GC.run");
        Matcher used = USED.matcher(run("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    /** The first {@code lines} lines of the class histogram of live objects. */
    String histogram(int lines) {
        List<String> all = run("GC.class_histogram").lines().toList();
        return String.join("\n", all.subList(0, Math.min(lines, all.size()))) + "\n";
    }

    private String run(String command) {
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
