package org.mcpstreams.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the registry benchmarks with settings sized for a small, shared machine and writes
 * {@code registry-<date>.json} (JMH's JSON) and {@code registry-<date>.md} (the summary).
 * Arguments: the results folder, then a JMH include regex (optional).
 */
public final class BenchRunner {

    /** JMH's settings, as its command line would say them; also printed in the summary. */
    static final String SETTINGS = "-f 1 -wi 3 -w 1s -i 10 -r 1s -bm avgt -tu ns -prof gc, "
            + "jvmArgs -Xms2g -Xmx2g -XX:+AlwaysPreTouch, 1 thread";

    private BenchRunner() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/results");
        String include = args.length > 1 ? args[1] : ".*";
        Files.createDirectories(folder);
        String date = LocalDate.now().toString();
        String name = "registry-" + date;
        Path json = folder.resolve(name + ".json");
        Machine machine = Machine.now();

        Options options = new OptionsBuilder()
                .include(BenchRunner.class.getPackageName() + "\\..*(" + include + ").*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(10)
                .measurementTime(TimeValue.seconds(1))
                .threads(1)
                .jvmArgs("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch")
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Path markdown = folder.resolve(name + ".md");
        Files.writeString(markdown, new Summary(results, machine, date, json.getFileName().toString()).markdown());
        System.out.println("Wrote " + json + " and " + markdown);
    }
}
