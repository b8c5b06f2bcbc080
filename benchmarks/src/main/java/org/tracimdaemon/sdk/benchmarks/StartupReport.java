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
 * Start-up (process start to registered, median of several JVMs) and the resident memory of a
 * plugin JVM with the default heap after 100,000 3 KB events.
 */
final class StartupReport {
    private StartupReport() {}

    private static final int RUNS = 10;
    private static final int EVENTS = 100_000;

    static void run() throws Exception {
        Path directory = Files.createTempDirectory("startup");
        try (FakeDaemon daemon = FakeDaemon.start(directory)) {
            double[] wall = new double[RUNS];
            double[] inJvm = new double[RUNS];
            double[] toMain = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Start figures = startOnce(daemon, directory.resolve("probe-" + run + ".sock"), List.of());
                wall[run] = figures.wall();
                inJvm[run] = figures.registered();
                toMain[run] = figures.main();
            }
            System.out.println();
            System.out.println("== Start-up, process start to registered (median of " + RUNS + " JVMs)");
            System.out.printf("process start -> registered: %.0f ms (of which JVM start -> registered, as the JVM"
                    + " counts it: %.0f ms; JVM start -> main: %.0f ms)%n", EndToEndReport.median(wall),
                    EndToEndReport.median(inJvm), EndToEndReport.median(toMain));
            // The default heap is sized from the machine (a quarter of it), not from the plugin's needs.
            residentMemory(daemon, directory.resolve("probe-rss.sock"), List.of());
            residentMemory(daemon, directory.resolve("probe-rss-128m.sock"), List.of("-Xmx128m"));
        }
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

    private static void residentMemory(FakeDaemon daemon, Path socket, List<String> jvmOptions) throws Exception {
        byte[] message = Messages.ofSize(3 * 1024);
        Process probe = probe(daemon, socket, EVENTS, jvmOptions);
        try (BufferedReader out = reader(probe)) {
            expect(out, "registered");
            int lost = 0;
            for (int i = 0; i < EVENTS; i++) {
                lost += daemon.sendRaw(socket, message) ? 0 : 1;
            }
            // What the daemon could not deliver never arrives: tell the probe to stop waiting for it.
            for (int i = 0; i < lost; i++) {
                while (!daemon.sendRaw(socket, message)) {
                    Thread.onSpinWait();
                }
            }
            expect(out, "handled");
            String rss = Files.readAllLines(Path.of("/proc/" + probe.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: unknown");
            System.out.println("resident memory after " + EVENTS + " 3 KB events, "
                    + (jvmOptions.isEmpty() ? "default heap" : String.join(" ", jvmOptions)) + ": "
                    + rss.substring("VmRSS:".length()).strip() + " (" + lost + " connects failed at full speed"
                    + " and were sent again)");
            probe.getOutputStream().close();
            probe.waitFor();
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
