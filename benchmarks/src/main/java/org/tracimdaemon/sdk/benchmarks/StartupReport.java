package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Start-up and resident memory of a plugin JVM ({@link StartupProbe}) against a fake daemon, with
 * the JVM's defaults and with the template launcher's options ({@link #TEMPLATE}), with and
 * without an AppCDS archive: JVM start to registered, median of 10 fresh JVMs each, alternated
 * ({@link StartupCompare}); VmRSS after 100,000 3 KB events at full speed ({@link MemoryCompare}).
 */
final class StartupReport {
    private StartupReport() {}

    /**
     * What the template's launcher ({@code sdk-archetype}, {@code src/main/sh}) runs: its JVM
     * options and environment, and its {@code Main}'s 16 MiB queue bound.
     */
    static final String TEMPLATE = "MALLOC_ARENA_MAX=2 -Xmx40m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -XX:+ExitOnOutOfMemoryError -Dprobe.maxQueuedBytes=16777216";

    static void run() throws Exception {
        System.out.println();
        System.out.println("== Start-up: JVM start to registered with the fake daemon");
        StartupCompare.main(new String[] {"", "-Xmx128m -XX:+UseSerialGC", TEMPLATE, TEMPLATE + " " + StartupCompare.APPCDS});
        System.out.println();
        System.out.println("== Resident memory");
        // The default heap is sized from the machine (a quarter of it), not from the plugin's needs.
        MemoryCompare.main(new String[] {"", "-Xmx128m -XX:+UseSerialGC", TEMPLATE});
    }

    /**
     * One fresh start of a probe: process start to registered as this JVM saw it, JVM start to
     * registered and to {@code main} as the probe's JVM counts them, in ms, and any {@code name=ms}
     * marks the probe printed after them.
     */
    record Start(double wall, double registered, double main, Map<String, Double> marks) {}

    /** Starts a fresh probe JVM, waits until it registered with {@code daemon}, then tells it to exit. */
    static Start startOnce(FakeDaemon daemon, Path socket, List<String> jvmOptions) throws Exception {
        long start = System.nanoTime();
        Process probe = probe(daemon, socket, 0, jvmOptions);
        try (BufferedReader out = reader(probe)) {
            String[] registered = expect(out, "registered").split(" ");
            double wall = (System.nanoTime() - start) / 1e6;
            probe.getOutputStream().close();
            probe.waitFor();
            Map<String, Double> marks = new LinkedHashMap<>();
            for (int i = 4; i < registered.length; i++) {
                String[] mark = registered[i].split("=", 2);
                marks.put(mark[0], Double.parseDouble(mark[1]));
            }
            return new Start(wall, Double.parseDouble(registered[1]), Double.parseDouble(registered[3]), marks);
        }
    }

    static Process probe(FakeDaemon daemon, Path socket, int events, List<String> jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : jvmOptions) {
            if (option.matches("[A-Z_]+=.*")) { // NAME=value: the probe's environment, e.g. MALLOC_ARENA_MAX=2
                environment.put(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
            } else {
                command.add(option);
            }
        }
        if (!jvmOptions.contains("-cp") && !jvmOptions.contains("-jar")) { // a variant may run another build
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        }
        if (!jvmOptions.contains("-jar")) {
            command.add(System.getProperty("probe.main", StartupProbe.class.getName()));
        }
        command.addAll(List.of(daemon.socketPath().toString(), socket.toString(), String.valueOf(events)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static String expect(BufferedReader out, String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the probe ended before saying '" + prefix + "'");
    }
}
