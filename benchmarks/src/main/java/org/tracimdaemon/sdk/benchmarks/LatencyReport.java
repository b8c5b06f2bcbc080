package org.tracimdaemon.sdk.benchmarks;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * At a steady 1,000 events/s, the time from the sender's connect to the handler's entry. The
 * dispatch thread handles events in arrival order, so the i-th arrival is the i-th send.
 */
final class LatencyReport {
    private LatencyReport() {}

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 10_000;
    private static final long PERIOD_NANOS = 1_000_000;

    static void run() throws Exception {
        byte[] message = Messages.ofSize(3 * 1024);
        int total = WARM_UP + MEASURED;
        long[] sent = new long[total];
        long[] handled = new long[total];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(total);
        int lost = 0;
        try (RunningPlugin plugin = new RunningPlugin(Files.createTempDirectory("latency"), () -> {
            handled[next.getAndIncrement()] = System.nanoTime();
            all.countDown();
        })) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * PERIOD_NANOS;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                sent[i] = System.nanoTime();
                lost += plugin.send(message) ? 0 : 1;
            }
            if (lost > 0 || !all.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latency run lost " + lost + " events");
            }
        }
        double[] micros = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            micros[i] = (handled[WARM_UP + i] - sent[WARM_UP + i]) / 1e3;
        }
        Arrays.sort(micros);
        System.out.println();
        System.out.printf("== Latency, connect to handler entry, 3 KB events at 1,000/s (%,d measured after %,d)%n",
                MEASURED, WARM_UP);
        System.out.printf("p50 %.0f us   p99 %.0f us   max %.0f us%n", micros[MEASURED / 2],
                micros[(int) (MEASURED * 0.99)], micros[MEASURED - 1]);
    }
}
