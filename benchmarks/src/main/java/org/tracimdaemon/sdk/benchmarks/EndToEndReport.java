package org.tracimdaemon.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Events per second from a sender that behaves like the daemon (one connection per message,
 * non-blocking connect, one write, close) to typed handlers, against the same sender into the raw
 * limit (accept and read to EOF, nothing decoded), alternated in one run; medians of several runs.
 */
final class EndToEndReport {
    private EndToEndReport() {}

    private static final int RUNS = 5;

    static void run() throws Exception {
        System.out.println();
        System.out.println("== End to end: daemon-like sender -> handler (median of " + RUNS + " runs, alternated)");
        System.out.printf("%-8s %8s %14s %14s %9s %10s%n", "size", "events", "SDK events/s", "raw events/s",
                "SDK/raw", "lost (SDK)");
        for (int size : new int[] {1024, 3 * 1024, 64 * 1024}) {
            int events = size > 8192 ? 10_000 : 50_000;
            byte[] message = Messages.ofSize(size);
            double[] sdk = new double[RUNS];
            double[] raw = new double[RUNS];
            long lost = 0;
            for (int run = 0; run < RUNS; run++) {
                Result viaSdk = throughSdk(message, events);
                sdk[run] = viaSdk.perSecond;
                lost += viaSdk.lost;
                raw[run] = throughRawLimit(message, events).perSecond;
            }
            double sdkMedian = median(sdk);
            double rawMedian = median(raw);
            System.out.printf("%-8s %8d %14.0f %14.0f %9.2f %10d%n", size / 1024 + " KB", events, sdkMedian,
                    rawMedian, sdkMedian / rawMedian, lost);
        }
    }

    private record Result(double perSecond, long lost) {}

    private static Result throughSdk(byte[] message, int events) throws Exception {
        Path directory = Files.createTempDirectory("e2e-sdk");
        AtomicLong handled = new AtomicLong();
        try (RunningPlugin plugin = new RunningPlugin(directory, handled::incrementAndGet)) {
            return timed(events, handled::get, () -> plugin.send(message));
        }
    }

    private static Result throughRawLimit(byte[] message, int events) throws Exception {
        Path directory = Files.createTempDirectory("e2e-raw");
        Path socket = directory.resolve("raw.sock");
        try (FakeDaemon sender = FakeDaemon.start(directory); RawLimit raw = new RawLimit(socket)) {
            return timed(events, raw::received, () -> sender.sendRaw(socket, message));
        }
    }

    /** Sends {@code events}, then waits until every accepted one arrived: the time until the last is handled. */
    private static Result timed(int events, LongSupplier arrived, java.util.function.BooleanSupplier send)
            throws InterruptedException {
        long start = System.nanoTime();
        long lost = 0;
        for (int i = 0; i < events; i++) {
            lost += send.getAsBoolean() ? 0 : 1;
        }
        long expected = events - lost;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (arrived.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + arrived.getAsLong() + " of " + expected + " arrived in 60 s");
            }
            Thread.onSpinWait();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(expected / seconds, lost);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
