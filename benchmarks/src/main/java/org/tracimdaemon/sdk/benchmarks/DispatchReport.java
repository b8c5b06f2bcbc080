package org.tracimdaemon.sdk.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link DispatchBenchmark} with the GC profiler and prints ns/event, bytes/event and ratios. */
final class DispatchReport {
    private DispatchReport() {}

    static void run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(DispatchBenchmark.class.getName())
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceAll(".*\\.", "");
            Result<?> time = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            byName.put(name, new double[] {time.getScore(), time.getScoreError(), alloc == null ? Double.NaN : alloc.getScore()});
        }
        System.out.println();
        System.out.println("== Dispatch of one 2.9 KB daemon_tracim_event (JMH; ± is the 99.9% error)");
        System.out.printf("%-22s %12s %10s %14s%n", "benchmark", "ns/event", "± ns", "bytes/event");
        byName.forEach((name, v) -> System.out.printf("%-22s %12.0f %10.0f %14.0f%n", name, v[0], v[1], v[2]));
        double[] sdk = byName.get("generatedDispatcher");
        double[] map = byName.get("stringMapWithTree");
        double[] floor = byName.get("parseOnly");
        if (sdk != null && map != null && floor != null) {
            System.out.printf("speed-up of generated dispatch over string map + tree: %.2fx%n", map[0] / sdk[0]);
            System.out.printf("allocation of generated dispatch vs string map + tree: %.2fx%n", sdk[2] / map[2]);
            System.out.printf("generated dispatch vs parse-only floor: %.2fx the floor's time"
                    + " (string map + tree: %.2fx)%n", sdk[0] / floor[0], map[0] / floor[0]);
        }
        double[] databind = byName.get("databindDecode");
        if (sdk != null && databind != null) {
            System.out.printf("generated dispatch (streaming readers) vs the databind decode: %.2fx faster, %.2fx the allocation%n",
                    databind[0] / sdk[0], sdk[2] / databind[2]);
        }
        double[] sdkUnhandled = byName.get("generatedDispatcherUnhandled");
        double[] readType = byName.get("readTypeUnhandled");
        if (sdkUnhandled != null && readType != null) {
            System.out.printf("an event no handler takes costs %.0f ns (± %.0f) beyond reading its type (%.0f ns)%n",
                    sdkUnhandled[0] - readType[0], sdkUnhandled[1] + readType[1], readType[0]);
        }
        double[] mapUnhandled = byName.get("stringMapWithTreeUnhandled");
        if (sdkUnhandled != null && mapUnhandled != null) {
            System.out.printf("an event no handler takes: generated %.2fx faster, %.2fx the allocation%n",
                    mapUnhandled[0] / sdkUnhandled[0], sdkUnhandled[2] / mapUnhandled[2]);
        }
    }
}
