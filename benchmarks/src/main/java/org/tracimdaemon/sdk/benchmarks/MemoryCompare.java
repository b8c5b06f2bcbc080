package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Resident memory of a plugin JVM ({@link StartupProbe}, or {@code -Dprobe.main=}) with several
 * sets of JVM options, one after the other against one fake daemon: {@code -Devents=100000} 3 KB
 * note events sent at full speed (a refused connect sent again), then VmRSS and VmHWM from
 * {@code /proc/<pid>/status} once the probe's count of handled events settled (what the SDK
 * dropped when its queue was full is counted); then, with {@code -Dsoak=<seconds>}, events at {@code -Drate=500}
 * per second, VmRSS sampled every {@code -Devery=10} seconds (first, lowest, highest, last).
 * {@code -Dnmt=true} adds {@code -XX:NativeMemoryTracking=summary} and prints
 * {@code jcmd <pid> VM.native_memory summary} after the burst and at the end.
 * {@code java -cp benchmarks/target/benchmarks.jar org.tracimdaemon.sdk.benchmarks.MemoryCompare "-Xmx64m" "-Xmx128m -XX:+UseSerialGC"}
 */
public final class MemoryCompare {
    private MemoryCompare() {}

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 100_000);
        int soak = Integer.getInteger("soak", 0);
        int rate = Integer.getInteger("rate", 500);
        int every = Integer.getInteger("every", 10);
        boolean nmt = Boolean.getBoolean("nmt");
        byte[] message = Messages.ofSize(3 * 1024);
        List<String> lines = new ArrayList<>();
        Path directory = Files.createTempDirectory("memory");
        try (FakeDaemon daemon = FakeDaemon.start(directory)) {
            int v = 0;
            for (String arg : args.length == 0 ? new String[] {""} : args) {
                List<String> options = new ArrayList<>(arg.isBlank() ? List.of() : Arrays.asList(arg.strip().split("\\s+")));
                if (nmt) {
                    options.add(0, "-XX:NativeMemoryTracking=summary");
                }
                Path socket = directory.resolve("probe-" + v++ + ".sock");
                Process probe = StartupReport.probe(daemon, socket, events, options);
                try (BufferedReader out = StartupReport.reader(probe)) {
                    StartupReport.expect(out, "registered");
                    long start = System.nanoTime();
                    int resent = 0;
                    for (int i = 0; i < events; i++) {
                        while (!daemon.sendRaw(socket, message)) {
                            if (!probe.isAlive()) {
                                throw new IllegalStateException("the probe exited (" + arg + "): out of memory?");
                            }
                            resent++;
                            Thread.onSpinWait();
                        }
                    }
                    long handled = settled(probe, out);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long afterBurst = status(probe, "VmRSS:");
                    long peak = status(probe, "VmHWM:");
                    if (nmt) {
                        System.out.println("-- NMT after the burst, " + arg + ":\n" + jcmd(probe));
                    }
                    long first = afterBurst;
                    long lowest = afterBurst;
                    long highest = afterBurst;
                    long last = afterBurst;
                    long soakStart = System.nanoTime();
                    long sent = 0;
                    long nextSample = every;
                    while (soak > 0 && System.nanoTime() - soakStart < soak * 1_000_000_000L) {
                        double elapsed = (System.nanoTime() - soakStart) / 1e9;
                        if (sent < elapsed * rate) {
                            daemon.sendRaw(socket, message); // lost when refused, as the daemon loses it
                            sent++;
                        } else {
                            Thread.sleep(1);
                        }
                        if (elapsed >= nextSample) {
                            last = status(probe, "VmRSS:");
                            if (nextSample == every) {
                                first = last;
                            }
                            lowest = Math.min(lowest, last);
                            highest = Math.max(highest, last);
                            nextSample += every;
                        }
                    }
                    if (nmt && soak > 0) {
                        System.out.println("-- NMT after the soak, " + arg + ":\n" + jcmd(probe));
                    }
                    String line = String.format("%9d %9d %8.0f %7d %7d", afterBurst / 1024, peak / 1024, handled / seconds,
                            resent, events - handled);
                    if (soak > 0) {
                        line += String.format(" | %6d %6d %6d %6d %6d", sent, first / 1024, lowest / 1024,
                                highest / 1024, last / 1024);
                    }
                    lines.add(line + "  " + (arg.isBlank() ? "(none)" : arg));
                    probe.getOutputStream().close();
                    probe.waitFor();
                }
            }
        }
        System.out.printf("resident memory of a plugin JVM after %d 3 KB events at full speed (MB)%s:%n", events,
                soak > 0 ? ", then a soak of " + soak + " s at " + rate + " events/s, VmRSS every " + every + " s" : "");
        System.out.println("RSS after  peak(HWM) events/s resent dropped" + (soak > 0 ? " |   sent  first lowest highest last" : "")
                + "  JVM options");
        lines.forEach(System.out::println);
    }

    /** The probe's count of handled events once it stopped changing for a second (all, or what was not dropped). */
    private static long settled(Process probe, BufferedReader out) throws IOException, InterruptedException {
        long previous = -1;
        int still = 0;
        while (still < 5) {
            Thread.sleep(200);
            probe.getOutputStream().write('\n');
            probe.getOutputStream().flush();
            String line;
            do {
                line = StartupReport.expect(out, "");
            } while (!line.startsWith("count "));
            long count = Long.parseLong(line.substring("count ".length()));
            still = count == previous ? still + 1 : 0;
            previous = count;
        }
        return previous;
    }

    /** A {@code /proc/<pid>/status} figure in kB. */
    private static long status(Process process, String key) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                .filter(line -> line.startsWith(key)).findFirst()
                .map(line -> Long.parseLong(line.substring(key.length()).replace("kB", "").strip())).orElse(-1L);
    }

    private static String jcmd(Process process) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "VM.native_memory", "summary").redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return text;
    }
}
