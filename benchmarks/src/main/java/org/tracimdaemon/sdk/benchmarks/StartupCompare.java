package org.tracimdaemon.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Start-up of {@link StartupProbe} with several sets of JVM options, side by side against one
 * fake daemon: each argument is one set (space-separated options, {@code ""} for none), run in
 * turn, {@code -Druns=10} rounds; prints the medians of JVM start to {@code main} and to registered
 * (as the JVM counts them) and of process start to registered (as the parent sees it), and of
 * the {@code name=ms} marks a probe prints after them ({@code -Dprobe.main=} another probe class;
 * a set with its own {@code -cp} runs another build of the probe, one with {@code -jar} a jar
 * whose main class takes the probe's arguments; the word {@value #APPCDS} records an AppCDS archive
 * for its set first, then runs the set with it).
 * {@code java -cp benchmarks/target/benchmarks.jar org.tracimdaemon.sdk.benchmarks.StartupCompare "" "-Xshare:off"}
 */
public final class StartupCompare {
    private StartupCompare() {}

    /**
     * A word of an option set: an AppCDS archive recorded for that set by one unmeasured start
     * ({@code -XX:ArchiveClassesAtExit}), then used ({@code -XX:SharedArchiveFile}).
     */
    static final String APPCDS = "APPCDS";

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 10);
        List<List<String>> variants = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {""} : args) {
            variants.add(arg.isBlank() ? List.of() : Arrays.asList(arg.strip().split("\\s+")));
        }
        Path archives = Files.createTempDirectory("startup-cds");
        double[][] wall = new double[variants.size()][runs];
        double[][] registered = new double[variants.size()][runs];
        double[][] main = new double[variants.size()][runs];
        List<Map<String, double[]>> marks = new ArrayList<>();
        variants.forEach(variant -> marks.add(new LinkedHashMap<>()));
        Path directory = Files.createTempDirectory("startup");
        try (FakeDaemon daemon = FakeDaemon.start(directory)) {
            for (int v = 0; v < variants.size(); v++) {
                if (variants.get(v).contains(APPCDS)) {
                    List<String> options = new ArrayList<>(variants.get(v));
                    Path archive = archives.resolve("probe-" + v + ".jsa");
                    options.set(options.indexOf(APPCDS), "-XX:ArchiveClassesAtExit=" + archive);
                    StartupReport.startOnce(daemon, directory.resolve("train-" + v + ".sock"), options);
                    options.set(options.indexOf("-XX:ArchiveClassesAtExit=" + archive), "-XX:SharedArchiveFile=" + archive);
                    variants.set(v, options);
                }
            }
            for (int run = 0; run < runs; run++) {
                for (int v = 0; v < variants.size(); v++) {
                    StartupReport.Start figures = StartupReport.startOnce(daemon,
                            directory.resolve("probe-" + v + "-" + run + ".sock"), variants.get(v));
                    wall[v][run] = figures.wall();
                    registered[v][run] = figures.registered();
                    main[v][run] = figures.main();
                    int r = run;
                    Map<String, double[]> own = marks.get(v);
                    figures.marks().forEach((name, ms) -> own.computeIfAbsent(name, n -> new double[runs])[r] = ms);
                }
            }
        }
        System.out.printf("median of %d fresh JVMs each, alternated (ms):%n", runs);
        System.out.printf("%8s %10s %14s %14s  %s%n", "->main", "->regist.", "process->reg.", "min..max reg.", "JVM options");
        for (int v = 0; v < variants.size(); v++) {
            double[] sorted = registered[v].clone();
            Arrays.sort(sorted);
            System.out.printf("%8.0f %10.0f %14.0f %8.0f..%-5.0f  %s%n", EndToEndReport.median(main[v]),
                    EndToEndReport.median(registered[v]), EndToEndReport.median(wall[v]), sorted[0],
                    sorted[sorted.length - 1], variants.get(v).isEmpty() ? "(none)" : String.join(" ", variants.get(v)));
            if (!marks.get(v).isEmpty()) {
                StringBuilder line = new StringBuilder("         marks:");
                marks.get(v).forEach((name, ms) -> line.append(String.format(" %s %.0f", name, EndToEndReport.median(ms))));
                System.out.println(line);
            }
        }
    }
}
