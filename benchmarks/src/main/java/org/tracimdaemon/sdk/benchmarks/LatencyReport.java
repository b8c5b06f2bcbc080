package org.tracimdaemon.sdk.benchmarks;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At a steady 1,000 events/s, the time from the sender's connect to the handler's entry. The
 * sender is a {@link PacedSender} process, as the daemon is; the dispatch thread handles events in
 * arrival order and the sender sends one after another, so the i-th arrival is the i-th send.
 */
final class LatencyReport {
    private LatencyReport() {}

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 10_000;
    private static final long PERIOD_NANOS = 1_000_000;

    static void run() throws Exception {
        int total = WARM_UP + MEASURED;
        long[] handled = new long[total];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(total);
        long[] sent = new long[total];
        Path directory = Files.createTempDirectory("latency");
        Path message = Files.write(directory.resolve("message.json"), Messages.ofSize(3 * 1024));
        try (RunningPlugin plugin = new RunningPlugin(directory, () -> {
            handled[next.getAndIncrement()] = System.nanoTime();
            all.countDown();
        })) {
            Process sender = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    PacedSender.class.getName(), message.toString(), plugin.client.socketPath().toString(),
                    String.valueOf(total), String.valueOf(PERIOD_NANOS))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (DataInputStream in = new DataInputStream(sender.getInputStream())) {
                for (int i = 0; i < total; i++) {
                    sent[i] = in.readLong();
                }
            }
            long lost = Arrays.stream(sent).filter(at -> at < 0).count();
            if (sender.waitFor() != 0 || lost > 0 || !all.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latency run lost " + lost + " events (sender exit "
                        + sender.exitValue() + ")");
            }
        }
        double[] micros = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            micros[i] = (handled[WARM_UP + i] - sent[WARM_UP + i]) / 1e3;
        }
        Arrays.sort(micros);
        System.out.println();
        System.out.printf("== Latency, connect to handler entry, 3 KB events at 1,000/s from a sender process (%,d measured after %,d)%n",
                MEASURED, WARM_UP);
        System.out.printf("p50 %.0f us   p99 %.0f us   max %.0f us%n", micros[MEASURED / 2],
                micros[(int) (MEASURED * 0.99)], micros[MEASURED - 1]);
    }

    private static String java() throws IOException {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
